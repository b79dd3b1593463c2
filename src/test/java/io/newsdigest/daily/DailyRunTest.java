package io.newsdigest.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyRunTest {

    @ParameterizedTest
    @CsvSource({
            "2024-06-21T07:00:00Z, UTC, 2024-06-20",
            "2024-06-21T00:00:00Z, UTC, 2024-06-20",
            "2024-06-20T23:59:59Z, UTC, 2024-06-19",
            "2024-06-20T23:30:00Z, Europe/Berlin, 2024-06-20",
            "2024-06-21T05:00:00Z, Europe/Berlin, 2024-06-20",
            "2024-06-21T05:00:00Z, America/New_York, 2024-06-20",
            "2024-06-21T03:00:00Z, America/New_York, 2024-06-19",
            "2024-03-01T07:00:00Z, UTC, 2024-02-29"})
    void a_run_mails_the_day_before_its_time_in_the_configured_zone(Instant runAt, String zone, LocalDate day) {
        assertEquals(day, DailyRun.dayBefore(runAt, ZoneId.of(zone)));
    }
}
