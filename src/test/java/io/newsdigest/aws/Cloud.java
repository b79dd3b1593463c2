package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One bucket on the S3 API server and the SES emulator's outbox, with the handlers built on clients that carry
 * the given interceptors (fault injection): uploads of the fixture articles, ingestion, digest runs.
 */
final class Cloud {

    static final Path INBOX = Path.of("src/test/resources/io/newsdigest/aws/inbox");
    static final Path SCHEDULED = Path.of("events/scheduled.json");
    /** When the uploads arrived: the day before the scheduled run in events/scheduled.json. */
    static final Instant UPLOADED = Instant.parse("2024-06-20T09:15:00Z");
    static final Instant RUN = Instant.parse("2024-06-21T07:00:03Z");
    static final String DAY = "2024-06-20";
    static final String MARKER = "digests/" + DAY + "/sent.json";

    final String bucket;
    /** A client without faults, for setting up and looking. */
    final S3Client plain;

    Cloud(String purpose) {
        TestAws.credentials();
        bucket = S3MockServer.newBucket(purpose);
        plain = AwsClients.s3(config(Map.of()));
        plain.createBucket(b -> b.bucket(bucket));
    }

    Configuration config(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of(
                "NEWS_DIGEST_BUCKET", bucket,
                "NEWS_DIGEST_S3_ENDPOINT", S3MockServer.endpoint().toString(),
                "NEWS_DIGEST_SES_ENDPOINT", SesEmulator.endpoint().toString(),
                "NEWS_DIGEST_SENDER", "News digest <digest@news.example>",
                "NEWS_DIGEST_RECIPIENTS", "reader@example.org"));
        env.putAll(settings);
        return Configuration.fromEnvironment(env);
    }

    /** Puts the named fixture files into inbox/ and returns their keys. */
    List<String> upload(String... fixtures) {
        List<String> keys = new ArrayList<>();
        for (String name : fixtures) {
            String key = "inbox/" + name;
            plain.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(INBOX.resolve(name)));
            keys.add(key);
        }
        return keys;
    }

    /** Puts {@code content} under {@code key}. */
    String put(String key, String content) {
        plain.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(content));
        return key;
    }

    /** Runs the ingest handler on one S3 event for {@code keys}; its report, or the exception it failed with. */
    Result ingest(List<String> keys, ExecutionInterceptor... s3Faults) {
        IngestHandler handler = new IngestHandler(config(Map.of()), AwsClients.s3(config(Map.of()), s3Faults),
                Clock.fixed(UPLOADED, ZoneOffset.UTC));
        return invoke((ctx, out) -> handler.handleRequest(
                new ByteArrayInputStream(S3Events.put(bucket, UPLOADED, keys)), out, ctx), new TestContext());
    }

    /** The digest handler with faulty clients, running at {@code now}. */
    DigestHandler digestHandler(Instant now, List<ExecutionInterceptor> s3Faults, List<ExecutionInterceptor> sesFaults) {
        Configuration config = config(Map.of("NEWS_DIGEST_SES_MAX_ATTEMPTS", "3"));
        return new DigestHandler(config, AwsClients.s3(config, s3Faults.toArray(ExecutionInterceptor[]::new)),
                AwsClients.ses(config, sesFaults.toArray(ExecutionInterceptor[]::new)), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Runs {@code handler} on the scheduled event as invocation {@code requestId}. */
    Result digest(DigestHandler handler, String requestId) {
        try {
            return digest(handler, requestId, Files.readString(SCHEDULED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code handler} on {@code event} as invocation {@code requestId}. */
    Result digest(DigestHandler handler, String requestId, String event) {
        return invoke((ctx, out) -> handler.handleRequest(
                new ByteArrayInputStream(event.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, ctx),
                new TestContext(requestId));
    }

    /** What an invocation returned, or how it failed, and what it logged. */
    record Result(JsonNode report, Throwable failure, List<String> logged) {

        String outcome() {
            return report == null ? null : report.get("outcome").asText();
        }

        /**
         * The outcome each of {@code runs} reported, by run; a run that wrote no report fails the test with what it
         * failed with (the first such run's failure is the cause, the others' are suppressed) and what it logged.
         */
        static Map<String, String> reportedOutcomes(Map<String, Result> runs) {
            Map<String, String> outcomes = new LinkedHashMap<>();
            List<String> unreported = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            runs.forEach((run, r) -> {
                if (r.report() == null) {
                    unreported.add(run + " wrote no report; it failed with " + r.failure() + " and logged " + r.logged());
                    failures.add(r.failure());
                } else {
                    outcomes.put(run, r.outcome());
                }
            });
            if (!unreported.isEmpty()) {
                AssertionFailedError error = new AssertionFailedError(String.join("\n", unreported), failures.get(0));
                failures.stream().skip(1).filter(Objects::nonNull).forEach(error::addSuppressed);
                throw error;
            }
            return outcomes;
        }
    }

    private interface Invocation {
        void run(TestContext context, ByteArrayOutputStream out) throws IOException;
    }

    /** Runs a handler; what it wrote before it failed still counts, as Lambda hands it to the failure record. */
    private static Result invoke(Invocation invocation, TestContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable failure = null;
        try {
            invocation.run(context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            if (e instanceof AssertionError) {
                throw e;
            }
            failure = e;
        }
        try {
            JsonNode report = out.size() == 0 ? null : Json.mapper().readTree(out.toByteArray());
            return new Result(report, failure, context.logged());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String key) {
        return plain.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    JsonNode marker() {
        try {
            return Json.mapper().readTree(read(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> keys(String prefix) {
        return plain.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    /** Uploads and ingests the two articles of one story, without faults. */
    void oneStoryFiled() {
        Result r = ingest(upload("library-strike-lamplighter.txt", "library-strike-ledger.txt"));
        assertEquals(null, r.failure());
        assertEquals(2, keys("articles/" + DAY + "/").size());
    }
}
