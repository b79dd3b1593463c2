package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * The daily e-mail under faults, on the S3 API server and the SES emulator: one e-mail per day whatever
 * overlaps, crashes or fails. A crash is an {@link Error} thrown inside the run, which no code of the run
 * catches, so the run stops where it stands, as when Lambda kills a timed-out function. Lambda retries an
 * asynchronous invocation under the same request id, one and three minutes later.
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class DeliveryFaultTest {

    /** A run dying where it stands. */
    static final class Crash extends Error {
        Crash(String where) {
            super("simulated crash " + where);
        }
    }

    private Cloud cloud;

    @BeforeEach
    void freshDay() {
        cloud = new Cloud("delivery");
        SesEmulator.clear();
        cloud.oneStoryFiled();
    }

    private Cloud.Result run(String requestId, Duration after, List<ExecutionInterceptor> s3, List<ExecutionInterceptor> ses) {
        return cloud.digest(cloud.digestHandler(Cloud.RUN.plus(after), s3, ses), requestId);
    }

    private Cloud.Result run(String requestId, Duration after) {
        return run(requestId, after, List.of(), List.of());
    }

    @Test
    void an_ses_server_error_is_retried_and_the_day_is_mailed_once() {
        Faults ses = new Faults().fail("SendEmail", k -> true, 1, () -> SesV2Exception.builder().statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().serviceName("SESv2").errorCode("InternalFailure")
                        .errorMessage("injected").build()).build());

        Cloud.Result r = run("run-1", Duration.ZERO, List.of(), List.of(ses));

        assertNull(r.failure());
        assertEquals("SENT", r.outcome());
        assertEquals(2, ses.attempts("SendEmail"));
        assertEquals(1, SesEmulator.emails().size());
    }

    /** Both runs reach their claim together (a barrier holds the first until the second arrives). */
    @Test
    void two_runs_claiming_one_day_at_the_same_moment_mail_it_once() throws Exception {
        for (int round = 0; round < 3; round++) {
            if (round > 0) {
                cloud = new Cloud("delivery");
                SesEmulator.clear();
                cloud.oneStoryFiled();
            }
            CyclicBarrier together = new CyclicBarrier(2);
            AtomicObjects asS3Does = new AtomicObjects();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Map<String, Future<Cloud.Result>> runs = new LinkedHashMap<>();
                for (String id : List.of("run-a", "run-b")) {
                    ExecutionInterceptor meetAtTheClaim = new ExecutionInterceptor() {
                        private boolean met;

                        @Override
                        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                            boolean claim = "PutObject".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                                    && Cloud.MARKER.equals(context.request().getValueForField("Key", String.class).orElse(""));
                            if (claim && !met) {
                                met = true;
                                await(together);
                            }
                        }
                    };
                    runs.put("round " + round + ", " + id,
                            pool.submit(() -> run(id, Duration.ZERO, List.of(meetAtTheClaim, asS3Does), List.of())));
                }
                Map<String, Cloud.Result> results = new LinkedHashMap<>();
                for (Map.Entry<String, Future<Cloud.Result>> f : runs.entrySet()) {
                    results.put(f.getKey(), f.getValue().get(2, TimeUnit.MINUTES));
                }
                Map<String, String> outcomes = Cloud.Result.reportedOutcomes(results);
                assertEquals(1, SesEmulator.emails().size(), outcomes.toString());
                List<String> sorted = outcomes.values().stream().sorted().toList();
                assertTrue(sorted.equals(List.of("ALREADY_SENT", "SENT")) || sorted.equals(List.of("IN_PROGRESS", "SENT")),
                        "one run sends, the other finds the day taken: " + outcomes);
                assertEquals("sent", cloud.marker().get("state").asText());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void a_run_arriving_while_another_hands_the_mail_over_sends_nothing_and_its_retry_finds_the_day_sent()
            throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutionInterceptor slowSend = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sending.countDown();
                awaitLatch(release);
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Cloud.Result> first = pool.submit(() -> run("run-a", Duration.ZERO, List.of(), List.of(slowSend)));
            assertTrue(sending.await(2, TimeUnit.MINUTES));

            Cloud.Result second = run("run-b", Duration.ofSeconds(20));
            release.countDown();

            assertTrue(second.failure() instanceof IllegalStateException, String.valueOf(second.failure()));
            assertEquals("IN_PROGRESS", second.outcome());
            assertEquals("SENT", first.get(2, TimeUnit.MINUTES).outcome());
            assertEquals("ALREADY_SENT", run("run-b", Duration.ofMinutes(1)).outcome(), "Lambda's retry");
            assertEquals(1, SesEmulator.emails().size());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void a_crash_after_the_day_was_archived_and_claimed_is_mailed_once_by_lambdas_retry() {
        ExecutionInterceptor afterClaim = new ExecutionInterceptor() {
            private int markerWrites;

            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                boolean marker = "PutObject".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                        && Cloud.MARKER.equals(context.request().getValueForField("Key", String.class).orElse(""));
                if (marker && ++markerWrites == 2) {
                    throw new Crash("between the claim and the hand-over to SES");
                }
            }
        };

        Cloud.Result crashed = run("run-1", Duration.ZERO, List.of(afterClaim), List.of());

        assertTrue(crashed.failure() instanceof Crash, String.valueOf(crashed.failure()));
        assertEquals(0, SesEmulator.emails().size());
        assertTrue(cloud.read("digests/" + Cloud.DAY + "/digest.html").contains("Library staff"), "archived");
        assertEquals("sending", cloud.marker().get("state").asText());

        Cloud.Result retried = run("run-1", Duration.ofMinutes(1));

        assertNull(retried.failure(), () -> "Lambda's retry must mail the day: " + retried.failure());
        assertEquals("SENT", retried.outcome());
        assertEquals(1, SesEmulator.emails().size());
        assertEquals("ALREADY_SENT", run("run-2", Duration.ofMinutes(30)).outcome());
        assertEquals(1, SesEmulator.emails().size());
    }

    @Test
    void a_crash_after_ses_took_the_mail_and_before_it_was_recorded_is_never_mailed_again() {
        ExecutionInterceptor crashAfterSend = new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                throw new Crash("between the send and the marker");
            }
        };

        Cloud.Result crashed = run("run-1", Duration.ZERO, List.of(), List.of(crashAfterSend));

        assertTrue(crashed.failure() instanceof Crash, String.valueOf(crashed.failure()));
        assertEquals(1, SesEmulator.emails().size(), "SES has the mail");

        List<Cloud.Result> later = List.of(run("run-1", Duration.ofMinutes(1)), run("run-1", Duration.ofMinutes(3)),
                run("run-2", Duration.ofHours(2)));

        assertEquals(1, SesEmulator.emails().size(), "no run mails the day again");
        for (Cloud.Result r : later) {
            assertEquals("UNCERTAIN", r.outcome());
            assertTrue(r.failure() instanceof IllegalStateException, String.valueOf(r.failure()));
            String message = r.failure().getMessage();
            assertTrue(message.contains(Cloud.DAY) && message.contains("\"force\": true"), message);
        }
        assertEquals("mailing", cloud.marker().get("state").asText());
    }

    @Test
    void a_forced_replay_after_an_uncertain_hand_over_mails_the_day() {
        ExecutionInterceptor crashInsideTheCall = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                throw new Crash("inside the call to SES, before it left");
            }
        };
        run("run-1", Duration.ZERO, List.of(), List.of(crashInsideTheCall));
        assertEquals(0, SesEmulator.emails().size());
        assertEquals("UNCERTAIN", run("run-1", Duration.ofMinutes(1)).outcome());

        Cloud.Result replay = cloud.digest(cloud.digestHandler(Cloud.RUN.plus(Duration.ofHours(3)), List.of(), List.of()),
                "operator-replay", "{\"date\": \"" + Cloud.DAY + "\", \"force\": true}");

        assertEquals("SENT", replay.outcome());
        assertEquals(1, SesEmulator.emails().size());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
