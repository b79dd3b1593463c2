package io.newsdigest.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fixed-length name for a record kept by a text of any length and content (an upload's key, an address): the
 * hex SHA-256 of its UTF-8 bytes, so no character of the text can reach a file or object name.
 */
public final class RecordName {

    private RecordName() {
    }

    public static String of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
