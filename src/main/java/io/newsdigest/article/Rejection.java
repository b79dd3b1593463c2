package io.newsdigest.article;

import io.newsdigest.port.RecordName;
import java.util.Objects;

/** An upload that could not become an article, with the reason a person can act on. */
public record Rejection(String key, String reason) {

    public Rejection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }

    /** The hex SHA-256 of the key's UTF-8 bytes: a fixed-length name a store can keep this rejection under. */
    public String keyDigest() {
        return RecordName.of(key);
    }

    /**
     * {@code KEY: rejected: REASON} as exactly one line for a terminal or a log ({@link OneLine}), so a file name
     * can neither add lines nor disguise itself.
     */
    public String asLine() {
        return OneLine.of(key) + ": rejected: " + OneLine.of(reason);
    }
}
