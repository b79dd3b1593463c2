package io.newsdigest.digest;

import java.util.Objects;

/**
 * A figure that moved since an earlier digest: what it counts or measures ({@code topic}, a few words of the
 * sentence), the value an earlier digest reported and the value today's sources give.
 */
public record Change(String topic, Before before, Now now) {

    public Change {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(now, "now");
    }

    /**
     * The earlier value: {@code text} is the figure as written ("5,300", "at least 40"), {@code date} the day of
     * the digest that reported it, {@code sources} the outlets that gave it, {@code quote} one sentence stating it.
     */
    public record Before(String text, String date, java.util.List<String> sources, String quote) {

        public Before {
            sources = java.util.List.copyOf(sources);
        }
    }

    /** Today's value: the figure as written, the outlets that give it, and one sentence stating it. */
    public record Now(String text, java.util.List<String> sources, String quote) {

        public Now {
            sources = java.util.List.copyOf(sources);
        }
    }
}
