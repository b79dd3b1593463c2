package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.json.Json;
import io.newsdigest.port.RecordName;
import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * One-click unsubscribe on real pieces: the unsubscribe handler on {@code events/unsubscribe-post.json} against
 * the S3 API server, then the digest handler mailing through the SES emulator. The emulator drops custom headers,
 * so what the SES API is asked to send is read from the request itself, by an SDK interceptor.
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class UnsubscribeHandlerTest {

    private static final Path POST = Path.of("events/unsubscribe-post.json");
    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens(
            "test secret that signs the unsubscribe links of the digest".getBytes(StandardCharsets.UTF_8));
    private static final Instant CLICKED = Instant.parse("2024-06-21T08:12:44Z");
    private static final LocalDate ISSUED = LocalDate.of(2024, 6, 21);
    private static final Map<String, String> ONE_CLICK = Map.of(
            "NEWS_DIGEST_RECIPIENTS", "reader@example.org, Zoë Ärger <Zoe@Example.org>",
            "NEWS_DIGEST_UNSUBSCRIBE_URL", "https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/",
            "NEWS_DIGEST_UNSUBSCRIBE_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:unsubscribe-AbCdEf",
            "NEWS_DIGEST_SES_CONFIGURATION_SET", "news-digest-events");

    private Cloud cloud;

    @BeforeEach
    void freshBucketAndOutbox() {
        cloud = new Cloud("unsubscribe");
        SesEmulator.clear();
    }

    @Test
    void a_valid_token_posted_records_the_address_answers_200_and_the_next_digest_skips_it() throws IOException {
        cloud.oneStoryFiled();

        JsonNode answer = unsubscribe("POST", TOKENS.issue("zoe@example.org", ISSUED));

        assertEquals(200, answer.get("statusCode").asInt());
        assertTrue(answer.get("body").asText().contains("You will not receive the news digest any more."));
        JsonNode record = Json.mapper().readTree(cloud.read(record("zoe@example.org")));
        assertEquals("zoe@example.org", record.get("address").asText());
        assertEquals(CLICKED.toString(), record.get("at").asText());

        SentRequests sent = new SentRequests();
        Cloud.Result run = cloud.digest(digestHandler(ONE_CLICK, sent), "run-1");

        assertNull(run.failure(), () -> String.valueOf(run.failure()));
        assertEquals("SENT", run.outcome());
        assertEquals(1, run.report().get("unsubscribed").asInt());
        assertTrue(run.logged().stream().anyMatch(l -> l.contains("1 unsubscribed recipient(s) skipped")), run.logged().toString());
        List<JsonNode> emails = SesEmulator.emails();
        assertEquals(1, emails.size());
        assertEquals("[\"reader@example.org\"]", emails.get(0).get("destination").get("to").toString());
        assertEquals(1, sent.requests.size());
        assertEquals(List.of("reader@example.org"), sent.requests.get(0).destination().toAddresses());
    }

    @Test
    void each_send_names_the_configuration_set_and_carries_the_recipients_own_one_click_link() {
        cloud.oneStoryFiled();
        SentRequests sent = new SentRequests();

        Cloud.Result run = cloud.digest(digestHandler(ONE_CLICK, sent), "run-1");

        assertEquals("SENT", run.outcome());
        assertEquals(2, sent.requests.size(), "one message per recipient");
        assertEquals(2, SesEmulator.emails().size());
        for (SendEmailRequest request : sent.requests) {
            assertEquals("news-digest-events", request.configurationSetName());
            String recipient = request.destination().toAddresses().get(0);
            String headers = headers(request);
            assertTrue(headers.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), headers);
            String link = headers.replaceAll("(?s).*\r\nList-Unsubscribe: <([^>]+)>.*", "$1");
            assertTrue(link.startsWith(ONE_CLICK.get("NEWS_DIGEST_UNSUBSCRIBE_URL") + "?token="), link);
            String token = link.substring(link.indexOf("token=") + 6);
            assertEquals(java.util.Optional.of(recipient.toLowerCase()), TOKENS.verify(token, ISSUED));
            assertTrue(headers.contains(", <mailto:digest@news.example?subject=unsubscribe>"), headers);
            assertFalse(headers.contains("test secret"), "the secret never leaves the function");
        }
    }

    @Test
    void when_ses_refuses_one_recipient_the_others_still_get_their_digest_and_the_report_names_who_did_not() {
        cloud.oneStoryFiled();
        SentRequests sent = new SentRequests();
        ExecutionInterceptor refuseZoe = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (sent.requests.get(sent.requests.size() - 1).destination().toAddresses().get(0).toLowerCase().contains("zoe")) {
                    throw software.amazon.awssdk.services.sesv2.model.MessageRejectedException.builder().statusCode(400)
                            .message("Email address is not verified: zoe@example.org").build();
                }
            }
        };
        Configuration config = cloud.config(ONE_CLICK);
        DigestHandler handler = new DigestHandler(config, AwsClients.s3(config), AwsClients.ses(config, sent, refuseZoe),
                TOKENS, Clock.fixed(Cloud.RUN, ZoneOffset.UTC));

        Cloud.Result run = cloud.digest(handler, "run-1");
        Cloud.Result again = cloud.digest(handler, "run-2");

        assertEquals("SENT", run.outcome());
        assertTrue(run.report().get("note").asText().contains("not to [Zoe@Example.org]"), run.report().toString());
        assertEquals(1, SesEmulator.emails().size());
        assertEquals("ALREADY_SENT", again.outcome(), "the day counts as sent: nobody gets it twice");
        assertEquals(1, SesEmulator.emails().size());
    }

    @Test
    void without_one_click_the_send_names_the_configuration_set_and_carries_only_the_mailto() {
        cloud.oneStoryFiled();
        SentRequests sent = new SentRequests();

        Cloud.Result run = cloud.digest(digestHandler(Map.of("NEWS_DIGEST_SES_CONFIGURATION_SET", "news-digest-events",
                "NEWS_DIGEST_UNSUBSCRIBE_ADDRESS", "unsubscribe@news.example"), sent), "run-1");

        assertEquals("SENT", run.outcome());
        assertEquals(1, sent.requests.size());
        assertEquals("news-digest-events", sent.requests.get(0).configurationSetName());
        String headers = headers(sent.requests.get(0));
        assertTrue(headers.contains("\r\nList-Unsubscribe: <mailto:unsubscribe@news.example?subject=unsubscribe>\r\n"),
                headers);
        assertFalse(headers.contains("List-Unsubscribe-Post"), headers);
        String text = SesEmulator.emails().get(0).get("body").get("text").asText().replaceAll("\\s+", " ");
        assertTrue(text.contains("To stop receiving this digest, use the unsubscribe button of your mail program, or"
                + " write to unsubscribe@news.example with the subject \"unsubscribe\"."), text);
        assertTrue(SesEmulator.emails().get(0).get("body").get("html").asText().contains("write to unsubscribe@news.example"));
    }

    @Test
    void a_replayed_token_gets_403_and_changes_nothing() {
        String token = TOKENS.issue("zoe@example.org", ISSUED);
        assertEquals(200, unsubscribe("POST", token).get("statusCode").asInt());
        String first = cloud.read(record("zoe@example.org"));

        JsonNode again = unsubscribe("POST", token, CLICKED.plusSeconds(3600));

        assertEquals(403, again.get("statusCode").asInt());
        assertEquals(first, cloud.read(record("zoe@example.org")), "the record is as the first request wrote it");
    }

    @Test
    void a_forged_token_gets_403_and_records_nothing() {
        UnsubscribeTokens other = new UnsubscribeTokens("a secret the stack never had, also long enough".getBytes(StandardCharsets.UTF_8));

        assertEquals(403, unsubscribe("POST", other.issue("zoe@example.org", ISSUED)).get("statusCode").asInt());
        assertEquals(403, unsubscribe("POST", "not-a-token").get("statusCode").asInt());
        assertEquals(403, unsubscribe("POST", null).get("statusCode").asInt());
        assertEquals(List.of(), cloud.keys("unsubscribed/"));
    }

    @Test
    void another_addresss_token_cannot_unsubscribe_this_address() {
        String mallory = TOKENS.issue("mallory@example.org", ISSUED);
        String forZoe = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("zoe@example.org".getBytes(StandardCharsets.UTF_8)) + mallory.substring(mallory.indexOf('.'));

        assertEquals(403, unsubscribe("POST", forZoe).get("statusCode").asInt());
        assertEquals(List.of(), cloud.keys("unsubscribed/"));
    }

    @Test
    void a_get_such_as_a_link_preview_changes_nothing_and_shows_a_button_that_posts() {
        JsonNode answer = unsubscribe("GET", TOKENS.issue("zoe@example.org", ISSUED));

        assertEquals(200, answer.get("statusCode").asInt());
        assertTrue(answer.get("body").asText().contains("<form method=\"post\">"), answer.get("body").asText());
        assertEquals("text/html; charset=utf-8", answer.get("headers").get("Content-Type").asText());
        assertEquals(List.of(), cloud.keys("unsubscribed/"));
        assertEquals(405, unsubscribe("DELETE", TOKENS.issue("zoe@example.org", ISSUED)).get("statusCode").asInt());
        assertEquals(List.of(), cloud.keys("unsubscribed/"));
    }

    private JsonNode unsubscribe(String method, String token) {
        return unsubscribe(method, token, CLICKED);
    }

    /** Runs the unsubscribe handler on the function URL event, with its method and token replaced. */
    private JsonNode unsubscribe(String method, String token, Instant at) {
        try {
            JsonNode event = Json.mapper().readTree(Files.readString(POST));
            ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("requestContext").get("http")).put("method", method);
            com.fasterxml.jackson.databind.node.ObjectNode query =
                    (com.fasterxml.jackson.databind.node.ObjectNode) event.get("queryStringParameters");
            if (token == null) {
                query.remove("token");
            } else {
                query.put("token", token);
            }
            Configuration config = cloud.config(Map.of());
            UnsubscribeHandler handler = new UnsubscribeHandler(config, AwsClients.s3(config), TOKENS,
                    Clock.fixed(at, ZoneOffset.UTC));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event)), out, new TestContext());
            return Json.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DigestHandler digestHandler(Map<String, String> settings, SentRequests sent) {
        Configuration config = cloud.config(settings);
        return new DigestHandler(config, AwsClients.s3(config), AwsClients.ses(config, sent), TOKENS,
                Clock.fixed(Cloud.RUN, ZoneOffset.UTC));
    }

    private static String record(String address) {
        return "unsubscribed/" + RecordName.of(address) + ".json";
    }

    /** The header block of the raw message a request asks SES to send. */
    private static String headers(SendEmailRequest request) {
        String mime = request.content().raw().data().asString(StandardCharsets.US_ASCII);
        return mime.substring(0, mime.indexOf("\r\n\r\n") + 2);
    }

    /** Every SendEmail request as the SDK is about to send it. */
    private static final class SentRequests implements ExecutionInterceptor {

        final List<SendEmailRequest> requests = new ArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof SendEmailRequest r) {
                requests.add(r);
            }
        }
    }
}
