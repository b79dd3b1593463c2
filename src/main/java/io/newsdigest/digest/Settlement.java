package io.newsdigest.digest;

import java.util.List;

/**
 * A disagreement an earlier digest reported ({@code topic}, on {@code date}) on which today's sources agree:
 * {@code text} is what they now state, {@code sources} the outlets that state it.
 */
public record Settlement(String topic, String date, String text, List<String> sources) {

    public Settlement {
        sources = List.copyOf(sources);
    }
}
