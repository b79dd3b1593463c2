package io.newsdigest.digest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A fact two or more different articles state: {@code text} is the clearest wording, {@code evidence} quotes
 * each supporting article once. {@code fresh} (JSON {@code new}) is {@code false} when an earlier digest already
 * reported the fact, in these or other words; {@code true} otherwise, and when the field is absent.
 */
public record SharedFact(String text, List<String> supportedBy, List<Evidence> evidence,
        @JsonProperty("new") Boolean fresh) {

    public SharedFact {
        supportedBy = List.copyOf(supportedBy);
        evidence = List.copyOf(evidence);
        fresh = fresh == null || fresh;
    }

    /** A fact no earlier digest was compared with: new. */
    public SharedFact(String text, List<String> supportedBy, List<Evidence> evidence) {
        this(text, supportedBy, evidence, true);
    }

    /** The same fact, marked as already reported by an earlier digest. */
    public SharedFact reported() {
        return new SharedFact(text, supportedBy, evidence, false);
    }
}
