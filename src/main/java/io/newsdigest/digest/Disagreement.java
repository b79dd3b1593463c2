package io.newsdigest.digest;

import java.util.List;

/**
 * Two or more sides that cannot all be true.
 *
 * @param topic what the sides differ on, in a few words
 * @param kind  {@code number}, {@code date}, {@code negation}, {@code attribution} or {@code claim}
 */
public record Disagreement(String topic, String kind, List<Side> sides) {

    public Disagreement {
        sides = List.copyOf(sides);
    }
}
