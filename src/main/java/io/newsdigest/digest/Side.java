package io.newsdigest.digest;

import java.util.List;

/** One side of a {@link Disagreement}, quoting every article that holds it. */
public record Side(String text, List<String> supportedBy, List<Evidence> evidence) {

    public Side {
        supportedBy = List.copyOf(supportedBy);
        evidence = List.copyOf(evidence);
    }
}
