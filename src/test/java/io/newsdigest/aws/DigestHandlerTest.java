package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.daily.DigestNotSent;
import io.newsdigest.json.Json;
import io.newsdigest.port.MailUnavailable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * The whole way, on real pieces: uploads land in an S3 API server's {@code inbox/}, the ingest handler files
 * them from S3 events built from {@code events/s3-put.json}, the digest handler runs on
 * {@code events/scheduled.json} and mails through the SES API emulator, whose stored mail is then read.
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class DigestHandlerTest {

    private static final Path INBOX = Path.of("src/test/resources/io/newsdigest/aws/inbox");
    private static final Path SCHEDULED = Path.of("events/scheduled.json");
    /** When the uploads arrived: the day before the scheduled run in events/scheduled.json. */
    private static final Instant UPLOADED = Instant.parse("2024-06-20T09:15:00Z");
    private static final Clock RUN_CLOCK = Clock.fixed(Instant.parse("2024-06-21T07:00:03Z"), ZoneOffset.UTC);
    private static final String SENDER = "News digest <digest@news.example>";
    private static final String RECIPIENTS = "reader@example.org, Zoë Ärger <zoe@example.org>";

    private static S3Client s3;
    private String bucket;

    @BeforeAll
    static void clients() {
        TestAws.credentials();
        s3 = AwsClients.s3(config("unused", Map.of()));
    }

    @BeforeEach
    void freshBucketAndOutbox() {
        bucket = S3MockServer.newBucket("digest");
        s3.createBucket(b -> b.bucket(bucket));
        SesEmulator.clear();
    }

    @Test
    void mails_the_days_digest_once_with_what_sources_agree_and_differ_on() throws IOException {
        int filed = uploadTheDay();

        JsonNode report = digest(handler(), Files.readAllBytes(SCHEDULED));
        JsonNode again = digest(handler(), Files.readAllBytes(SCHEDULED));

        assertEquals("SENT", report.get("outcome").asText());
        assertEquals("2024-06-20", report.get("date").asText());
        assertEquals("ALREADY_SENT", again.get("outcome").asText());
        List<JsonNode> emails = SesEmulator.emails();
        assertEquals(1, emails.size(), "one e-mail however often the day is run");
        JsonNode mail = emails.get(0);
        assertEquals(report.get("messageId").asText(), mail.get("messageId").asText());
        assertEquals(again.get("messageId").asText(), mail.get("messageId").asText());

        int stories = report.get("stories").asInt();
        assertTrue(stories >= 3, "stories: " + stories);
        assertEquals(filed, report.get("articles").asInt());
        assertEquals("News digest, 20 June 2024: " + stories + " stories from " + filed + " articles",
                mail.get("subject").asText());
        assertTrue(mail.get("from").asText().contains("digest@news.example"), mail.get("from").asText());
        String to = mail.get("destination").get("to").toString();
        assertTrue(to.contains("reader@example.org") && to.contains("zoe@example.org"), to);

        String text = mail.get("body").get("text").asText();
        String html = mail.get("body").get("html").asText();
        for (String part : List.of(text.replaceAll("\\s+", " "), html)) {
            assertTrue(part.contains("The bridge is 180 metres long and links the old harbour with the Weavers"), part);
            assertTrue(java.util.regex.Pattern.compile("Agreed by [2-9] of [2-9] sources").matcher(part).find(), part);
            assertTrue(part.contains("Where sources differ"), part);
            assertTrue(part.contains("The footbridge cost 6.4 million euros to build, city engineers said."), part);
            assertTrue(part.contains("The footbridge cost 7.1 million euros to build, according to the regional"
                    + " audit office."), part);
            assertTrue(part.contains("Valley Courier – Brücke über den Tallow"), "the file name with spaces and accents");
            assertFalse(part.contains("Tallow.md") || part.contains("inbox/Valley"), "without its folder and extension");
        }
        assertTrue(text.contains("<script>alert(\"gotcha\")</script>"), "plain text shows the text as it is");
        assertTrue(html.contains("&lt;script&gt;alert(&quot;gotcha&quot;)&lt;/script&gt;"), "HTML shows it as text");
        assertFalse(html.contains("<script"), "and never as a script");

        assertEquals(lf(html), read("digests/2024-06-20/digest.html"), "the archive holds what was mailed");
        assertEquals(lf(text), read("digests/2024-06-20/digest.txt"));
        JsonNode archived = Json.mapper().readTree(read("digests/2024-06-20/digest.json"));
        assertEquals(stories, archived.get("stories").size());
        JsonNode marker = Json.mapper().readTree(read("digests/2024-06-20/sent.json"));
        assertEquals("sent", marker.get("state").asText());
        assertEquals(mail.get("messageId").asText(), marker.get("messageId").asText());
    }

    @Test
    void a_forced_replay_mails_a_sent_day_again() throws IOException {
        uploadTheDay();
        digest(handler(), Files.readAllBytes(SCHEDULED));

        JsonNode replay = digest(handler(), "{\"date\":\"2024-06-20\",\"force\":true}".getBytes(StandardCharsets.UTF_8));

        assertEquals("SENT", replay.get("outcome").asText());
        assertEquals(2, SesEmulator.emails().size());
    }

    @Test
    void a_replay_names_the_day_it_mails() throws IOException {
        uploadOneStory();

        JsonNode replay = digest(handler(), "{\"date\":\"2024-06-20\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals("SENT", replay.get("outcome").asText());
        assertEquals("2024-06-20", replay.get("date").asText());
        assertEquals(1, SesEmulator.emails().size());
    }

    @Test
    void throttling_is_retried_with_backoff_and_the_day_is_mailed_once() throws IOException {
        uploadOneStory();
        SendFailures throttled = new SendFailures(2, () -> TooManyRequestsException.builder().statusCode(429)
                .awsErrorDetails(error("TooManyRequestsException", "Maximum sending rate exceeded.")).build());

        JsonNode report = digest(handler(Map.of(), throttled), Files.readAllBytes(SCHEDULED));

        assertEquals("SENT", report.get("outcome").asText());
        assertEquals(3, throttled.attempts.get(), "two throttled attempts, then the one that went through");
        assertEquals(1, SesEmulator.emails().size());
    }

    @Test
    void throttling_past_every_retry_fails_the_run_and_leaves_the_day_open() throws IOException {
        uploadOneStory();
        SendFailures throttled = new SendFailures(Integer.MAX_VALUE, () -> TooManyRequestsException.builder()
                .statusCode(429).awsErrorDetails(error("TooManyRequestsException", "Maximum sending rate exceeded."))
                .build());
        DigestHandler handler = handler(Map.of("NEWS_DIGEST_SES_MAX_ATTEMPTS", "2"), throttled);

        MailUnavailable e = assertThrows(MailUnavailable.class, () -> digest(handler, Files.readAllBytes(SCHEDULED)));

        assertTrue(e.getMessage().contains("throttling"), e.getMessage());
        assertEquals(2, throttled.attempts.get());
        assertEquals(0, SesEmulator.emails().size());
        assertEquals("failed", Json.mapper().readTree(read("digests/2024-06-20/sent.json")).get("state").asText());
    }

    @Test
    void a_rejected_message_fails_the_run_with_what_to_do_and_a_later_run_mails_the_day() throws IOException {
        uploadOneStory();
        SendFailures rejecting = new SendFailures(Integer.MAX_VALUE, () -> MessageRejectedException.builder()
                .statusCode(400).awsErrorDetails(error("MessageRejected", "Email address is not verified. The "
                        + "following identities failed the check in region US-EAST-1: reader@example.org")).build());

        DigestNotSent e = assertThrows(DigestNotSent.class,
                () -> digest(handler(Map.of(), rejecting), Files.readAllBytes(SCHEDULED)));

        assertTrue(e.getMessage().contains("Email address is not verified"), e.getMessage());
        assertTrue(e.getMessage().contains("sandbox") && e.getMessage().contains("verify"), e.getMessage());
        assertEquals(1, rejecting.attempts.get(), "a rejection is not retried");
        assertEquals(0, SesEmulator.emails().size());
        assertTrue(read("digests/2024-06-20/digest.html").contains("Library staff in Brenmoor"), "archived first");
        assertEquals("failed", Json.mapper().readTree(read("digests/2024-06-20/sent.json")).get("state").asText());

        JsonNode later = digest(handler(), Files.readAllBytes(SCHEDULED));

        assertEquals("SENT", later.get("outcome").asText());
        assertEquals(1, SesEmulator.emails().size());
    }

    @Test
    void a_run_while_another_holds_the_day_sends_nothing_and_fails_so_lambda_retries() throws IOException {
        uploadOneStory();
        s3.putObject(b -> b.bucket(bucket).key("digests/2024-06-20/sent.json"), RequestBody.fromString(
                "{\"state\":\"sending\",\"runId\":\"other-run\",\"at\":\"2024-06-21T07:00:01Z\"}"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> digest(handler(), Files.readAllBytes(SCHEDULED)));

        assertTrue(e.getMessage().contains("Another run is mailing 2024-06-20"), e.getMessage());
        assertEquals(0, SesEmulator.emails().size());
    }

    @Test
    void uploads_the_ingest_function_rejected_are_listed_in_the_mailed_digest_with_their_reasons() throws IOException {
        s3.putObject(b -> b.bucket(bucket).key("inbox/empty notes.txt"), RequestBody.empty());
        s3.putObject(b -> b.bucket(bucket).key("inbox/scan.pdf"),
                RequestBody.fromBytes(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 0, 1, 2, 3, (byte) 0xff, 0, 0}));
        s3.putObject(b -> b.bucket(bucket).key("inbox/2024/"), RequestBody.empty());
        ByteArrayOutputStream ingested = new ByteArrayOutputStream();
        new IngestHandler(config(bucket, Map.of()), s3, Clock.fixed(UPLOADED, ZoneOffset.UTC)).handleRequest(
                new ByteArrayInputStream(S3Events.put(bucket, UPLOADED,
                        List.of("inbox/empty notes.txt", "inbox/scan.pdf", "inbox/2024/"))), ingested, new TestContext());
        JsonNode ingestReport = Json.mapper().readTree(ingested.toByteArray());
        assertEquals(3, ingestReport.get("rejected").size());
        uploadOneStory();

        JsonNode report = digest(handler(), Files.readAllBytes(SCHEDULED));

        assertEquals("SENT", report.get("outcome").asText());
        assertEquals(2, report.get("unreadable").asInt(), "the two uploads, not the folder placeholder");
        JsonNode mail = SesEmulator.emails().get(0);
        String text = mail.get("body").get("text").asText();
        String html = mail.get("body").get("html").asText();
        JsonNode rejected = Json.mapper().readTree(read("digests/2024-06-20/digest.json")).get("rejected");
        assertEquals(2, rejected.size());
        assertEquals("inbox/empty notes.txt", rejected.get(0).get("key").asText());
        assertEquals("inbox/scan.pdf", rejected.get(1).get("key").asText());
        for (JsonNode r : rejected) {
            assertEquals(ingestReport.get("rejected").findValues("reason").stream()
                    .filter(reason -> reason.asText().equals(r.get("reason").asText())).count(), 1L,
                    "the reason the ingest function gave: " + r);
            String line = r.get("key").asText() + ": " + r.get("reason").asText();
            assertTrue(text.replaceAll("\\s+", " ").contains(line), text);
            assertTrue(html.contains(line), html);
        }
        assertTrue(text.contains("Could not be read (2 uploads)"), text);
        assertTrue(html.contains("Could not be read (2 uploads)"), html);
        assertFalse(text.contains("inbox/2024/"), "a folder placeholder is nobody's upload");
    }

    @Test
    void a_day_whose_only_uploads_were_rejected_is_mailed_even_when_empty_days_are_skipped() throws IOException {
        s3.putObject(b -> b.bucket(bucket).key("inbox/empty.txt"), RequestBody.empty());
        new IngestHandler(config(bucket, Map.of()), s3, Clock.fixed(UPLOADED, ZoneOffset.UTC)).handleRequest(
                new ByteArrayInputStream(S3Events.put(bucket, UPLOADED, List.of("inbox/empty.txt"))),
                new ByteArrayOutputStream(), new TestContext());

        JsonNode report = digest(handler(), Files.readAllBytes(SCHEDULED));

        assertEquals("SENT", report.get("outcome").asText());
        String text = SesEmulator.emails().get(0).get("body").get("text").asText();
        assertTrue(text.contains("inbox/empty.txt: "), text);
    }

    @Test
    void a_day_without_articles_is_skipped_by_default() throws IOException {
        JsonNode report = digest(handler(), Files.readAllBytes(SCHEDULED));

        assertEquals("NOTHING_TO_SEND", report.get("outcome").asText());
        assertEquals(0, SesEmulator.emails().size());
        assertEquals(List.of(), keys("digests/"));
    }

    @Test
    void a_day_without_articles_gets_a_short_note_when_configured() throws IOException {
        JsonNode report = digest(handler(Map.of("NEWS_DIGEST_EMPTY_DAY", "note")), Files.readAllBytes(SCHEDULED));

        assertEquals("SENT", report.get("outcome").asText());
        List<JsonNode> emails = SesEmulator.emails();
        assertEquals(1, emails.size());
        assertEquals("News digest, 20 June 2024: no new articles", emails.get(0).get("subject").asText());
    }

    /** Uploads every fixture article to inbox/ and runs the ingest handler on one event for all of them. */
    private int uploadTheDay() throws IOException {
        try (Stream<Path> files = Files.list(INBOX)) {
            int filed = upload(files.sorted().toList());
            assertTrue(filed >= 6, "filed " + filed);
            return filed;
        }
    }

    /** Uploads and ingests the two articles of one story. */
    private void uploadOneStory() throws IOException {
        upload(List.of(INBOX.resolve("library-strike-lamplighter.txt"), INBOX.resolve("library-strike-ledger.txt")));
    }

    /** Uploads {@code files} to inbox/, ingests them, and returns how many articles the day now has. */
    private int upload(List<Path> files) throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path file : files) {
            String key = "inbox/" + file.getFileName();
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
            keys.add(key);
        }
        Configuration config = config(bucket, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IngestHandler(config, s3, Clock.fixed(UPLOADED, ZoneOffset.UTC)).handleRequest(
                new ByteArrayInputStream(S3Events.put(bucket, UPLOADED, keys)), out, new TestContext());
        assertEquals(0, Json.mapper().readTree(out.toByteArray()).get("retryable").size());
        return keys("articles/2024-06-20/").size();
    }

    private DigestHandler handler() {
        return handler(Map.of());
    }

    private DigestHandler handler(Map<String, String> settings, ExecutionInterceptor... sesInterceptors) {
        Configuration config = config(bucket, settings);
        SesV2Client ses = AwsClients.ses(config, sesInterceptors);
        return new DigestHandler(config, s3, ses, RUN_CLOCK);
    }

    private static Configuration config(String bucket, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of(
                "NEWS_DIGEST_BUCKET", bucket,
                "NEWS_DIGEST_S3_ENDPOINT", S3MockServer.endpoint().toString(),
                "NEWS_DIGEST_SES_ENDPOINT", SesEmulator.endpoint().toString(),
                "NEWS_DIGEST_SENDER", SENDER,
                "NEWS_DIGEST_RECIPIENTS", RECIPIENTS));
        env.putAll(settings);
        return Configuration.fromEnvironment(env);
    }

    private static JsonNode digest(DigestHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, new TestContext());
        return Json.mapper().readTree(out.toByteArray());
    }

    private String read(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    private static String lf(String s) {
        return s.replace("\r\n", "\n");
    }

    private static AwsErrorDetails error(String code, String message) {
        return AwsErrorDetails.builder().serviceName("SESv2").errorCode(code).errorMessage(message).build();
    }

    /** Fails the first {@code failures} attempts to send, before they leave the client, with the given error. */
    private static final class SendFailures implements ExecutionInterceptor {

        final AtomicInteger attempts = new AtomicInteger();
        private final int failures;
        private final java.util.function.Supplier<RuntimeException> error;

        SendFailures(int failures, java.util.function.Supplier<RuntimeException> error) {
            this.failures = failures;
            this.error = error;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (attempts.incrementAndGet() <= failures) {
                throw error.get();
            }
        }
    }
}
