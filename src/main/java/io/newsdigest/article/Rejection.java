package io.newsdigest.article;

import java.util.Objects;

/** An upload that could not become an article, with the reason a person can act on. */
public record Rejection(String key, String reason) {

    public Rejection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * {@code KEY: rejected: REASON} as exactly one line for a terminal or a log: line breaks, other control
     * characters and invisible formatting characters (bidirectional overrides, zero-width marks) in either
     * part are shown as {@code \\uXXXX}, so a file name can neither add lines nor disguise itself.
     */
    public String asLine() {
        return visible(key) + ": rejected: " + visible(reason);
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
