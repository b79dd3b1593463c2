package io.newsdigest.aws;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * S3 changes an object atomically: of two racing conditional writes ({@code If-None-Match} or {@code If-Match})
 * one wins and the other is refused (412 or 409), and a read racing a write gets the whole old or the whole new
 * object. S3Mock does neither: it checks a condition and writes in two steps, so both racing writes can win, and
 * it rewrites an object's file in place, so a read racing a write can get the object cut off (a day's marker
 * ending mid-JSON). Tests that race runs share one of these on all their clients: a write of an object excludes
 * every other call on that object while it lasts, as S3 does; reads of one object, and calls on different
 * objects, still run concurrently.
 */
final class AtomicObjects implements ExecutionInterceptor {

    private static final Set<String> WRITES = Set.of("PutObject", "DeleteObject");
    private static final Set<String> READS = Set.of("GetObject", "HeadObject");
    private static final ExecutionAttribute<AtomicReference<Lock>> HELD = new ExecutionAttribute<>("AtomicObjects.held");

    private final Map<String, ReadWriteLock> objects = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        boolean write = WRITES.contains(operation);
        if (!write && !READS.contains(operation)) {
            return;
        }
        SdkRequest request = context.request();
        String object = request.getValueForField("Bucket", String.class).orElse("") + "/"
                + request.getValueForField("Key", String.class).orElse("");
        ReadWriteLock lock = objects.computeIfAbsent(object, k -> new ReentrantReadWriteLock());
        Lock held = write ? lock.writeLock() : lock.readLock();
        held.lock();
        attributes.putAttribute(HELD, new AtomicReference<>(held));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        release(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        release(attributes);
    }

    private static void release(ExecutionAttributes attributes) {
        AtomicReference<Lock> held = attributes.getAttribute(HELD);
        Lock lock = held == null ? null : held.getAndSet(null);
        if (lock != null) {
            lock.unlock();
        }
    }
}
