package io.newsdigest.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Work run once before SnapStart takes its snapshot (a checkpoint resource of {@code org.crac}), so that the
 * first invocation after a restore finds the hot path loaded and compiled. The work must not touch the network
 * or keep anything of a user's: whatever it leaves behind is in every restored copy. Outside a checkpoint
 * (local runs, tests, a JVM without checkpoint support) registering does nothing.
 */
final class SnapshotPriming implements Resource {

    /** Held here, by name: a checkpoint context may keep its resources only weakly; a name registers once. */
    private static final Map<String, SnapshotPriming> REGISTERED = new ConcurrentHashMap<>();

    private final Runnable work;

    private SnapshotPriming(Runnable work) {
        this.work = work;
    }

    /** Runs {@code work} before the snapshot; a second registration under the same name is ignored. */
    static void register(String name, Runnable work) {
        REGISTERED.computeIfAbsent(name, n -> {
            SnapshotPriming priming = new SnapshotPriming(work);
            Core.getGlobalContext().register(priming);
            return priming;
        });
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        work.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: priming opens no connection and keeps no state
    }
}
