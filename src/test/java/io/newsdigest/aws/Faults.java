package io.newsdigest.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Injects failures into chosen SDK calls, attempt by attempt, and counts every attempt of every operation. A
 * fault strikes either before the request leaves the client (the service never sees it) or after the service
 * has done the work (the answer is lost: the client sees a server error for a write that took place).
 */
final class Faults implements ExecutionInterceptor {

    /** Where a fault strikes. */
    enum When { BEFORE_SENDING, AFTER_THE_SERVICE_ACTED }

    private record Rule(String operation, Predicate<String> key, int times, When when,
                        Supplier<? extends Throwable> error, AtomicInteger used) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The next {@code times} attempts of {@code operation} on keys matching {@code key} fail before sending. */
    Faults fail(String operation, Predicate<String> key, int times, Supplier<? extends Throwable> error) {
        rules.add(new Rule(operation, key, times, When.BEFORE_SENDING, error, new AtomicInteger()));
        return this;
    }

    /** The next {@code times} attempts of {@code operation} on matching keys take effect, then answer 500. */
    Faults loseAnswer(String operation, Predicate<String> key, int times) {
        rules.add(new Rule(operation, key, times, When.AFTER_THE_SERVICE_ACTED, null, new AtomicInteger()));
        return this;
    }

    /** Attempts made so far of {@code operation} (S3 names such as {@code GetObject}; SES {@code SendEmail}). */
    int attempts(String operation) {
        return attempts.getOrDefault(operation, new AtomicInteger()).get();
    }

    /** Every injected fault has struck as often as asked. */
    boolean allStruck() {
        return rules.stream().allMatch(r -> r.times() == Integer.MAX_VALUE || r.used().get() == r.times());
    }

    static Predicate<String> anyKey() {
        return k -> true;
    }

    static Predicate<String> key(String exact) {
        return exact::equals;
    }

    /** An S3 error as S3 sends it: {@code SlowDown} is 503, {@code InternalError} 500. */
    static Supplier<S3Exception> s3(int status, String code) {
        return () -> (S3Exception) S3Exception.builder().statusCode(status).message(code)
                .awsErrorDetails(AwsErrorDetails.builder().serviceName("S3").errorCode(code)
                        .errorMessage(code + " (injected)").build())
                .build();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        attempts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        Rule rule = strike(operation, key(context), When.BEFORE_SENDING);
        if (rule != null) {
            Throwable t = rule.error().get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) t;
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (context.httpResponse().isSuccessful() && strike(operation, key(context), When.AFTER_THE_SERVICE_ACTED) != null) {
            return context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error").build();
        }
        return context.httpResponse();
    }

    private synchronized Rule strike(String operation, String key, When when) {
        for (Rule r : rules) {
            if (r.when() == when && r.operation().equals(operation) && r.key().test(key) && r.used().get() < r.times()) {
                r.used().incrementAndGet();
                return r;
            }
        }
        return null;
    }

    private static String key(Context.BeforeExecution context) {
        return context.request().getValueForField("Key", String.class).orElse("");
    }
}
