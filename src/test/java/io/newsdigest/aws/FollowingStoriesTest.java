package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.json.Json;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Three days of uploads through the S3 API server, three scheduled runs of the digest function, three e-mails
 * read back from the SES emulator: a flood whose death toll moves, a ferry grounding that continues with nothing
 * new, a mine collapse quiet for a day that comes back and settles its disagreement, a new theft, and a flood of
 * the same kind elsewhere that must not be linked (the days of {@code src/test/resources/followup/days}).
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class FollowingStoriesTest {

    private static final Path DAYS = Path.of("src/test/resources/followup/days");
    private static final String DAY1 = "2024-09-12";
    private static final String DAY2 = "2024-09-13";
    private static final String DAY3 = "2024-09-14";

    private Cloud cloud;
    private S3Client s3;

    @BeforeEach
    void freshBucketAndOutbox() {
        cloud = new Cloud("follow");
        s3 = cloud.plain;
        SesEmulator.clear();
    }

    @Test
    void three_days_three_emails_each_saying_what_is_new_since_the_last() throws IOException {
        JsonNode first = dayOf(DAY1);
        JsonNode second = dayOf(DAY2);
        JsonNode third = dayOf(DAY3);

        assertEquals("News digest, 12 September 2024: 3 stories from 9 articles", first.get("subject").asText());
        assertFalse(text(first).contains("Continues the story"), text(first));

        assertEquals("News digest, 13 September 2024: 3 stories (1 new, 2 continuing) from 7 articles",
                second.get("subject").asText());
        String day2 = text(second);
        assertTrue(day2.contains("Death toll: at least 40 (12 Sep: The Northern Ledger, Veloria Times and Coastal"
                + " Wire) -> 112 (13 Sep: Harbour Post, Veloria Times and Coastal Wire)"), day2);
        assertTrue(day2.contains("New since 12 Sep * The death toll from the Castelmar flood rose to 112"), day2);
        assertTrue(story(day2, 1).contains("* The army sent 300 soldiers"), day2);
        assertTrue(day2.contains("Still reported: 1 fact from earlier digests * About 200 people are still missing"),
                day2);
        assertEquals("3. Aurora ferry aground off Kessel Island 2 sources: Veloria Times and Coastal Wire Continues"
                + " the story of 12 Sep: Ferry Aurora runs aground off Kessel Island No new facts since 12 Sep; 2 more"
                + " articles", story(day2, 3), "a continuing story with nothing new is one line");
        assertFalse(story(day2, 2).contains("Continues"), "the theft is new: " + story(day2, 2));
        assertTrue(html(second).contains("<strong>Death toll:</strong> at least 40 (12 Sep: The Northern Ledger,"
                + " Veloria Times and Coastal Wire) &#8594; <strong>112 (13 Sep: Harbour Post, Veloria Times and"
                + " Coastal Wire)</strong>"), html(second));

        assertEquals("News digest, 14 September 2024: 3 stories (1 new, 2 continuing) from 9 articles",
                third.get("subject").asText());
        String day3 = text(third);
        assertTrue(story(day3, 1).contains("Death toll: 112 (13 Sep: Harbour Post, Veloria Times and Coastal Wire)"
                + " -> 230 (14 Sep:"), day3);
        assertTrue(story(day3, 1).contains("Missing: about 200 (13 Sep:"), day3);
        assertTrue(story(day3, 2).startsWith("2. Nine dead as Tamsin river floods Pellworth"), day3);
        assertFalse(story(day3, 2).contains("Continues"), "a flood elsewhere is not the Castelmar flood");
        assertTrue(story(day3, 3).contains("Continues the story of 12 Sep: Miners trapped after tunnel collapse"),
                "the mine, quiet on the 13th, continues: " + day3);
        assertTrue(story(day3, 3).contains("Settled since * "), day3);
        assertTrue(story(day3, 3).contains("disputed on 12 Sep: \u201cAll 17 miners trapped"), day3);
    }

    @Test
    void a_replay_of_the_second_day_after_the_third_exists_mails_the_same_digest() throws IOException {
        dayOf(DAY1);
        JsonNode second = dayOf(DAY2);
        dayOf(DAY3);

        JsonNode replay = mail(run("{\"date\":\"" + DAY2 + "\",\"force\":true}", "2024-09-15T10:00:00Z"));

        assertEquals(second.get("subject").asText(), replay.get("subject").asText());
        assertEquals(text(second), text(replay));
        assertEquals(html(second), html(replay));
    }

    @Test
    void a_corrupt_earlier_digest_is_skipped_with_a_log_line_and_the_day_still_goes_out() throws IOException {
        dayOf(DAY1);
        dayOf(DAY2);
        for (String file : List.of("digest.json", "outline.json")) {
            s3.putObject(b -> b.bucket(cloud.bucket).key("digests/" + DAY1 + "/" + file),
                    RequestBody.fromString("{\"date\": \"2024-09-12\", \"stories\": [{\"id\": tru"));
        }
        upload(DAY3);

        Cloud.Result r = run(scheduled(DAY3), "2024-09-15T07:00:00Z");

        assertEquals("SENT", r.outcome(), String.valueOf(r.failure()));
        assertTrue(r.logged().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("digests/2024-09-12/digest.json")
                && l.contains("not a readable digest")), r.logged().toString());
        String day3 = text(SesEmulator.emails().get(SesEmulator.emails().size() - 1));
        assertTrue(story(day3, 1).contains("-> 230"), "the day before still counts: " + day3);
        assertFalse(day3.contains("Continues the story of 12 Sep"), "nothing is taken from the corrupt day: " + day3);
    }

    /** Uploads and ingests {@code date}'s articles, runs the schedule of the next morning, returns the e-mail. */
    private JsonNode dayOf(String date) throws IOException {
        upload(date);
        Cloud.Result r = run(scheduled(date), LocalDate.parse(date).plusDays(1) + "T07:00:03Z");
        assertEquals("SENT", r.outcome(), String.valueOf(r.failure()));
        return mail(r);
    }

    private void upload(String date) throws IOException {
        Instant arrived = Instant.parse(date + "T09:15:00Z");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(DAYS.resolve(date))) {
            for (Path f : files.sorted().toList()) {
                String key = "inbox/" + date + "/" + f.getFileName();
                s3.putObject(b -> b.bucket(cloud.bucket).key(key), RequestBody.fromFile(f));
                keys.add(key);
            }
        }
        Configuration config = cloud.config(java.util.Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IngestHandler(config, AwsClients.s3(config), Clock.fixed(arrived, ZoneOffset.UTC)).handleRequest(
                new ByteArrayInputStream(S3Events.put(cloud.bucket, arrived, keys)), out, new TestContext());
        assertEquals(keys.size(), cloud.keys("articles/" + date + "/").size());
    }

    private static String scheduled(String date) throws IOException {
        return Files.readString(Cloud.SCHEDULED).replace("2024-06-21T07:00:00Z",
                LocalDate.parse(date).plusDays(1) + "T07:00:00Z");
    }

    private Cloud.Result run(String event, String at) {
        return cloud.digest(cloud.digestHandler(Instant.parse(at), List.of(), List.of()), "run-" + at, event);
    }

    /** The e-mail the run sent: the emulator's last. */
    private static JsonNode mail(Cloud.Result r) {
        List<JsonNode> emails = SesEmulator.emails();
        JsonNode last = emails.get(emails.size() - 1);
        assertEquals(r.report().get("messageId").asText(), last.get("messageId").asText());
        return last;
    }

    /** The plain-text part with its lines joined by single spaces, so that wrapping does not matter. */
    private static String text(JsonNode mail) {
        return mail.get("body").get("text").asText().replace("\r\n", "\n").replaceAll("\n[ \n]*", " ");
    }

    private static String html(JsonNode mail) {
        return mail.get("body").get("html").asText();
    }

    /** Story {@code n} of a joined plain-text part: from its number to the next rule. */
    private static String story(String text, int n) {
        int from = text.indexOf("---- " + n + ". ");
        assertTrue(from >= 0, "no story " + n + " in " + text);
        from = text.indexOf(n + ". ", from);
        int to = text.indexOf(" ----", from);
        return text.substring(from, to < 0 ? text.length() : to).strip();
    }
}
