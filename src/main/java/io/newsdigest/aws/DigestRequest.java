package io.newsdigest.aws;

import io.newsdigest.daily.DailyRun;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The digest function's input: the scheduled event ({@code time} decides the day, the day before it), or a
 * replay naming the day ({@code {"date": "2024-06-20"}}), either with {@code "force": true} to mail a day again.
 */
record DigestRequest(String time, String date, Boolean force) {

    /** The day to mail; {@code now} stands in for an event without a time. A malformed value is an error. */
    LocalDate day(ZoneId zone, Instant now) {
        if (date != null && !date.isBlank()) {
            try {
                return LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, got " + date, e);
            }
        }
        Instant at = now;
        if (time != null && !time.isBlank()) {
            try {
                at = Instant.parse(time.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"time\" must be an ISO-8601 instant, got " + time, e);
            }
        }
        return DailyRun.dayBefore(at, zone);
    }

    boolean forced() {
        return Boolean.TRUE.equals(force);
    }
}
