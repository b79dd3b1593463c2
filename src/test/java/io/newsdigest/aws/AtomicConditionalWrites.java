package io.newsdigest.aws;

import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * S3 applies a conditional write atomically: of two racing writes with {@code If-None-Match} or {@code If-Match},
 * one wins and the other is refused (412 or 409). S3Mock checks and writes in two steps, so both can win. Tests
 * that race conditional writes share one of these on all their clients, which makes each such write atomic as
 * S3 does; everything else still runs concurrently.
 */
final class AtomicConditionalWrites implements ExecutionInterceptor {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        boolean conditional = context.request().getValueForField("IfNoneMatch", String.class).isPresent()
                || context.request().getValueForField("IfMatch", String.class).isPresent();
        if (conditional) {
            lock.lock();
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        release();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        release();
    }

    private void release() {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }
}
