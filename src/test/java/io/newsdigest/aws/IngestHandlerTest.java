package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import io.newsdigest.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(S3MockServer.class)
class IngestHandlerTest {

    private static final Path INBOX = Path.of("src/test/resources/io/newsdigest/aws/inbox");
    private static final Instant ARRIVED = Instant.parse("2024-06-20T09:15:00Z");

    private static String bucket;
    private static S3Client s3;
    private static Configuration config;
    /** Every S3 operation the handler's client sent, as {@code OperationName key}. */
    private static final List<String> calls = new ArrayList<>();

    @BeforeAll
    static void startBucket() {
        TestAws.credentials();
        bucket = S3MockServer.newBucket("ingest");
        config = Configuration.fromEnvironment(Map.of(
                "NEWS_DIGEST_BUCKET", bucket,
                "NEWS_DIGEST_S3_ENDPOINT", S3MockServer.endpoint().toString(),
                "NEWS_DIGEST_MAX_UPLOAD_BYTES", "4000"));
        s3 = AwsClients.s3(config, new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                String key = context.request().getValueForField("Key", String.class).orElse("");
                synchronized (calls) {
                    calls.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + " " + key);
                }
            }
        });
        s3.createBucket(b -> b.bucket(bucket));
    }

    @Test
    void files_an_upload_whose_key_has_spaces_and_accents_under_the_day_it_arrived() throws IOException {
        String key = "inbox/Valley Courier – Brücke über den Tallow.md";
        upload(key, Map.of());

        JsonNode report = ingest(key);

        JsonNode filed = report.get("filed").get(0);
        assertEquals(key, filed.get("key").asText());
        assertEquals("2024-06-20", filed.get("day").asText());
        Article stored = stored("articles/2024-06-20/" + filed.get("sha256").asText() + ".json");
        assertEquals(key, stored.key());
        assertEquals("A new crossing for Brenmoor", stored.title());
        assertTrue(stored.sentences().contains(
                "The bridge is 180 metres long and links the old harbour with the Weavers' Quarter."));
        assertEquals(0, report.get("rejected").size());
    }

    @Test
    void the_uploaders_metadata_overrides_what_the_file_says() throws IOException {
        String key = "inbox/strike/library-strike-lamplighter.txt";
        upload(key, Map.of("source", "The Lamplighter", "url", "https://lamplighter.example/strike",
                "published", "2024-06-19"));

        JsonNode report = ingest(key);

        Article stored = stored("articles/2024-06-20/" + report.get("filed").get(0).get("sha256").asText() + ".json");
        assertEquals("The Lamplighter", stored.source());
        assertEquals("https://lamplighter.example/strike", stored.url());
        assertEquals("2024-06-19", stored.published());
    }

    @Test
    void metadata_that_s3_returns_mime_encoded_is_decoded() throws IOException {
        String key = "inbox/strike/library-strike-ledger.txt";
        // S3 hands back non-ASCII metadata values as RFC 2047 encoded words: "Brenmoor Tagblatt für Bürger".
        upload(key, Map.of("source", "=?UTF-8?B?QnJlbm1vb3IgVGFnYmxhdHQgZsO8ciBCw7xyZ2Vy?="));

        JsonNode report = ingest(key);

        Article stored = stored("articles/2024-06-20/" + report.get("filed").get(0).get("sha256").asText() + ".json");
        assertEquals("Brenmoor Tagblatt für Bürger", stored.source());
    }

    @Test
    void a_redelivered_event_changes_nothing() throws IOException {
        String key = "inbox/fenwick-footbridge.json";
        upload(key, Map.of());
        Instant later = ARRIVED.plusSeconds(2 * 86_400);
        JsonNode first = ingest(later, new TestContext(), key);
        String articleKey = "articles/2024-06-22/" + first.get("filed").get(0).get("sha256").asText() + ".json";
        HeadObjectResponse before = s3.headObject(b -> b.bucket(bucket).key(articleKey));

        JsonNode again = ingest(later, new TestContext(), key);

        assertFalse(first.get("filed").get(0).get("duplicate").asBoolean());
        assertTrue(again.get("filed").get(0).get("duplicate").asBoolean());
        HeadObjectResponse after = s3.headObject(b -> b.bucket(bucket).key(articleKey));
        assertEquals(before.eTag(), after.eTag());
        assertEquals(before.lastModified(), after.lastModified());
    }

    @Test
    void the_same_article_uploaded_twice_is_filed_once() throws IOException {
        byte[] text = Files.readAllBytes(INBOX.resolve("library-strike-lamplighter.txt"));
        s3.putObject(b -> b.bucket(bucket).key("inbox/twice/one.txt"), RequestBody.fromBytes(text));
        s3.putObject(b -> b.bucket(bucket).key("inbox/twice/copy of one.txt"), RequestBody.fromBytes(text));

        JsonNode report = ingest(ARRIVED.plusSeconds(86_400), new TestContext(),
                "inbox/twice/one.txt", "inbox/twice/copy of one.txt");

        String sha = report.get("filed").get(0).get("sha256").asText();
        assertEquals(sha, report.get("filed").get(1).get("sha256").asText());
        assertTrue(report.get("filed").get(1).get("duplicate").asBoolean());
        List<String> stored = articleKeys("articles/2024-06-21/");
        assertEquals(List.of("articles/2024-06-21/" + sha + ".json"), stored);
    }

    @Test
    void one_bad_upload_is_reported_with_its_key_and_reason_and_the_others_are_filed() throws IOException {
        upload("inbox/batch/fenwick-footbridge.json", Map.of());
        s3.putObject(b -> b.bucket(bucket).key("inbox/batch/blank.txt"), RequestBody.fromString("  \n\t \n"));
        upload("inbox/batch/library-strike-ledger.txt", Map.of());
        TestContext context = new TestContext();

        JsonNode report = ingest(ARRIVED, context, "inbox/batch/fenwick-footbridge.json", "inbox/batch/blank.txt",
                "inbox/batch/library-strike-ledger.txt");

        assertEquals(2, report.get("filed").size());
        assertEquals(1, report.get("rejected").size());
        assertEquals("inbox/batch/blank.txt", report.get("rejected").get(0).get("key").asText());
        assertEquals("only whitespace, no text", report.get("rejected").get(0).get("reason").asText());
        assertTrue(context.logged().contains("WARN rejected inbox/batch/blank.txt: only whitespace, no text"),
                context.logged().toString());
    }

    @Test
    void an_upload_deleted_before_it_is_read_is_reported_not_a_crash() throws IOException {
        JsonNode report = ingest("inbox/gone/never-there.txt");

        assertEquals(0, report.get("filed").size());
        assertEquals("inbox/gone/never-there.txt", report.get("rejected").get(0).get("key").asText());
        assertTrue(report.get("rejected").get(0).get("reason").asText().contains("no longer exists"));
    }

    @Test
    void an_upload_over_the_size_limit_is_refused_without_being_read() throws IOException {
        String key = "inbox/huge/too-long.txt";
        String text = "A sentence about the harbour that repeats itself for a long while. ".repeat(100);
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text));
        calls.clear();

        JsonNode report = ingest(key);

        assertEquals("larger than the 4000-byte limit (" + text.length() + " bytes); not read",
                report.get("rejected").get(0).get("reason").asText());
        assertEquals(List.of("HeadObject " + key, "PutObject rejected/2024-06-20/" + new Rejection(key, "-").keyDigest()
                + ".json"), calls, "described, never read; the rejection kept for the day's digest");
    }

    @Test
    void a_folder_placeholder_is_rejected_as_not_a_file() throws IOException {
        s3.putObject(b -> b.bucket(bucket).key("inbox/folder/"), RequestBody.empty());

        JsonNode report = ingest("inbox/folder/");

        assertEquals("a folder placeholder, not a file", report.get("rejected").get(0).get("reason").asText());
    }

    @Test
    void fails_the_invocation_when_storage_does_not_answer_so_lambda_retries() throws IOException {
        upload("inbox/outage/library-strike-ledger.txt", Map.of());
        S3Client failingWrites = AwsClients.s3(config, new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if ("PutObject".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                    throw (S3Exception) S3Exception.builder().statusCode(503).message("Slow Down").build();
                }
            }
        });
        IngestHandler handler = new IngestHandler(config, failingWrites, Clock.fixed(ARRIVED, ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] event = S3Events.put(bucket, ARRIVED, "inbox/outage/library-strike-ledger.txt");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> handler.handleRequest(new ByteArrayInputStream(event), out, new TestContext()));

        assertTrue(e.getMessage().contains("will be retried"), e.getMessage());
        JsonNode report = Json.mapper().readTree(out.toByteArray());
        assertEquals("inbox/outage/library-strike-ledger.txt", report.get("retryable").get(0).get("key").asText());
    }

    private static void upload(String key, Map<String, String> metadata) throws IOException {
        Path file = INBOX.resolve(key.substring(key.lastIndexOf('/') + 1));
        s3.putObject(b -> b.bucket(bucket).key(key).metadata(new HashMap<>(metadata)), RequestBody.fromFile(file));
    }

    private static JsonNode ingest(String... keys) throws IOException {
        return ingest(ARRIVED, new TestContext(), keys);
    }

    private static JsonNode ingest(Instant at, TestContext context, String... keys) throws IOException {
        IngestHandler handler = new IngestHandler(config, s3, Clock.fixed(at, ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(S3Events.put(bucket, at, keys)), out, context);
        return Json.mapper().readTree(out.toByteArray());
    }

    private static Article stored(String key) {
        return Json.read(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray(), Article.class);
    }

    private static List<String> articleKeys(String prefix) {
        return s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }
}
