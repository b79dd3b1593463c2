package io.newsdigest.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a stretch of work needs, two ways.
 *
 * <ul>
 *   <li>{@link #peakBytes()}: the sum over the heap's memory pools (eden, survivor, old) of each pool's peak
 *       use since {@link #start()} reset the peaks. Garbage not yet collected counts, and the pools need not
 *       peak at the same moment, so this is an upper bound of the heap in use at any instant, and it grows
 *       with the room the collector is given ({@code -Xmx}).</li>
 *   <li>{@link #liveBytes()}: the most heap still in use right after any collection during the work (from the
 *       collectors' notifications), and after one full collection forced at the end: the memory the work's
 *       data really holds, a lower bound for {@code -Xmx}.</li>
 * </ul>
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final NotificationListener listener = this::onCollection;
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    private HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
    }

    /**
     * Resets the pools' peaks and starts listening to collections. It does not collect first: a forced full
     * collection lets the collector shrink the heap, and the measured run then pays for growing it again (at
     * 1,000 articles after warm-up runs, 20 to 50% of its time). Garbage left by earlier runs so counts in the
     * peaks, which stay an upper bound.
     */
    static HeapWatch start() {
        HeapWatch w = new HeapWatch();
        for (MemoryPoolMXBean pool : w.heapPools) {
            pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(w.listener, null, null);
                w.emitters.add(emitter);
            }
        }
        return w;
    }

    long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Forces a full collection now (call it while the work's results are still referenced). */
    long liveBytes() {
        System.gc();
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(now, liveAfterGc.get());
    }

    private void onCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        liveAfterGc.accumulateAndGet(used, Math::max);
    }

    private boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : heapPools) {
            if (pool.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
