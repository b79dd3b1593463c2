package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestRequestTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NOW = Instant.parse("2024-07-01T12:00:00Z");

    @Test
    void the_scheduled_event_mails_the_day_before_its_time() throws Exception {
        DigestRequest r = Json.read(Files.readAllBytes(Path.of("events/scheduled.json")), DigestRequest.class);

        assertEquals(LocalDate.of(2024, 6, 20), r.day(UTC, NOW));
        assertFalse(r.forced());
    }

    @Test
    void a_replay_names_its_day_and_may_force_it() {
        DigestRequest r = read("{\"date\":\"2024-05-31\",\"force\":true}");

        assertEquals(LocalDate.of(2024, 5, 31), r.day(UTC, NOW));
        assertTrue(r.forced());
    }

    @Test
    void an_event_without_a_time_mails_yesterday() {
        assertEquals(LocalDate.of(2024, 6, 30), read("{}").day(UTC, NOW));
    }

    @Test
    void a_malformed_date_or_time_is_an_error_naming_the_field() {
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> read("{\"date\":\"31.05.2024\"}").day(UTC, NOW));
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> read("{\"time\":\"yesterday\"}").day(UTC, NOW));

        assertEquals("\"date\" must be YYYY-MM-DD, got 31.05.2024", date.getMessage());
        assertEquals("\"time\" must be an ISO-8601 instant, got yesterday", time.getMessage());
    }

    private static DigestRequest read(String json) {
        return Json.read(json.getBytes(), DigestRequest.class);
    }
}
