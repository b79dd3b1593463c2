package io.newsdigest.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One uploaded object to ingest.
 *
 * @param key the object key, already URL-decoded
 * @param day the day its article is filed under (the day it arrived, in the configured time zone)
 */
public record Arrival(String key, LocalDate day) {

    public Arrival {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(day, "day");
    }
}
