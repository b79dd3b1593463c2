package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.article.Rejection;
import io.newsdigest.ingest.Arrival;
import io.newsdigest.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class S3NotificationTest {

    private static final Instant NOW = Instant.parse("2024-06-25T12:00:00Z");

    @Test
    void decodes_plus_as_space_and_percent_escapes_as_utf8() {
        S3Notification.Decoded d = decode("b", "2024-06-20T09:15:00.000Z", "ObjectCreated:Put",
                "inbox/Br%C3%BCcke+%C3%BCber+den+Tallow+%E2%80%93+1%2B1.md");

        assertEquals(List.of(new Arrival("inbox/Brücke über den Tallow – 1+1.md", LocalDate.of(2024, 6, 20))),
                d.arrivals());
    }

    @Test
    void files_under_the_day_of_the_event_time_in_the_configured_zone() {
        S3Notification n = read("b", "2024-06-20T22:30:00.000Z", "ObjectCreated:Put", "inbox/a.txt");

        assertEquals(LocalDate.of(2024, 6, 21),
                n.arrivals("b", ZoneId.of("Europe/Berlin"), NOW).arrivals().get(0).day());
        assertEquals(LocalDate.of(2024, 6, 20), n.arrivals("b", ZoneId.of("UTC"), NOW).arrivals().get(0).day());
    }

    @Test
    void a_missing_event_time_files_under_today() {
        S3Notification.Decoded d = decode("b", null, "ObjectCreated:Copy", "inbox/a.txt");

        assertEquals(LocalDate.of(2024, 6, 25), d.arrivals().get(0).day());
    }

    @Test
    void refuses_keys_that_are_not_url_encoded_other_buckets_other_events_and_other_prefixes() {
        assertEquals(List.of(new Rejection("inbox/100%.txt", "object key is not URL-encoded the way S3 sends it")),
                decode("b", "2024-06-20T09:15:00Z", "ObjectCreated:Put", "inbox/100%.txt").refused());
        assertEquals(List.of(new Rejection("inbox/a b.txt", "in bucket other, not the configured b")),
                read("other", "2024-06-20T09:15:00Z", "ObjectCreated:Put", "inbox/a+b.txt")
                        .arrivals("b", ZoneId.of("UTC"), NOW).refused());
        assertEquals(List.of(new Rejection("inbox/a.txt", "event ObjectRemoved:Delete is not an upload")),
                decode("b", "2024-06-20T09:15:00Z", "ObjectRemoved:Delete", "inbox/a.txt").refused());
        assertEquals(List.of(new Rejection("articles/2024-06-20/x.json",
                        "not an upload: only objects under inbox/ are ingested")),
                decode("b", "2024-06-20T09:15:00Z", "ObjectCreated:Put", "articles/2024-06-20/x.json").refused());
    }

    @Test
    void an_event_without_records_has_nothing_to_ingest() {
        S3Notification n = Json.read("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}".getBytes(),
                S3Notification.class);

        assertEquals(List.of(), n.arrivals("b", ZoneId.of("UTC"), NOW).arrivals());
    }

    private static S3Notification.Decoded decode(String bucket, String time, String eventName, String rawKey) {
        return read(bucket, time, eventName, rawKey).arrivals(bucket, ZoneId.of("UTC"), NOW);
    }

    private static S3Notification read(String bucket, String time, String eventName, String rawKey) {
        String json = "{\"Records\":[{\"eventName\":\"" + eventName + "\","
                + (time == null ? "" : "\"eventTime\":\"" + time + "\",")
                + "\"s3\":{\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + rawKey + "\"}}}]}";
        return Json.read(json.getBytes(), S3Notification.class);
    }
}
