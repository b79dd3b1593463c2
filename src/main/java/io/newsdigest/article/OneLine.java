package io.newsdigest.article;

/**
 * Text from an upload (its key, a reason quoting it) as it may appear on one line of a terminal or a log: line
 * breaks, other control characters and invisible formatting characters (bidirectional overrides, zero-width
 * marks) are written as {@code \\uXXXX}, so the text can neither add lines nor disguise itself. Letters of every
 * script stay as they are.
 */
public final class OneLine {

    private OneLine() {
    }

    public static String of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
