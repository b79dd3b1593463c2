package io.newsdigest.daily;

import java.util.Locale;

/** What the daily run does for a day without articles. */
public enum EmptyDay {
    /** Send nothing (the default). */
    SKIP,
    /** Send a short note that no new articles arrived. */
    NOTE;

    /** {@code skip} or {@code note}, any case; anything else is an error naming the accepted values. */
    public static EmptyDay parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected skip or note, got '" + value + "'", e);
        }
    }
}
