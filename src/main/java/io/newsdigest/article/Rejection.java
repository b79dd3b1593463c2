package io.newsdigest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** An upload that could not become an article, with the reason a person can act on. */
public record Rejection(String key, String reason) {

    public Rejection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }

    /** The hex SHA-256 of the key's UTF-8 bytes: a fixed-length name a store can keep this rejection under. */
    public String keyDigest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * {@code KEY: rejected: REASON} as exactly one line for a terminal or a log ({@link OneLine}), so a file name
     * can neither add lines nor disguise itself.
     */
    public String asLine() {
        return OneLine.of(key) + ": rejected: " + OneLine.of(reason);
    }
}
