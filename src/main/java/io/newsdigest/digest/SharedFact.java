package io.newsdigest.digest;

import java.util.List;

/**
 * A fact two or more different articles state: {@code text} is the clearest wording, {@code evidence} quotes
 * each supporting article once.
 */
public record SharedFact(String text, List<String> supportedBy, List<Evidence> evidence) {

    public SharedFact {
        supportedBy = List.copyOf(supportedBy);
        evidence = List.copyOf(evidence);
    }
}
