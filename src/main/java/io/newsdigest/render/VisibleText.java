package io.newsdigest.render;

/**
 * Article content and upload keys made safe to show as they are, each value on one line: the bidirectional
 * embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069), which would silently reorder the text around
 * them (a file name {@code report\u202Efdp.exe} reads as {@code reportexe.pdf}), are shown as {@code [U+202E]};
 * a run of line breaks of every kind (CR, LF, VT, FF, NEL, U+2028, U+2029) and tabs, with the spaces around it,
 * becomes one space, so no value can start a line of its own in a rendering (a key could otherwise forge a story block in the plain-text digest); other
 * control characters are dropped. Everything else, including the marks right-to-left scripts need (U+200E,
 * U+200F, U+061C) and the joiners of emoji and Indic scripts, is kept.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean reorders = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            boolean breaks = isBreakOrSpace(c) && c != ' ';
            boolean control = Character.isISOControl(c);
            if (!reorders && !breaks && !control) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (reorders) {
                b.append(String.format("[U+%04X]", (int) c));
            } else if (breaks) {
                int end = b.length();
                while (end > 0 && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '\t')) {
                    end--;
                }
                b.setLength(end);
                b.append(' ');
                while (i + 1 < text.length() && isBreakOrSpace(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** A line break of any kind, a tab, or a space. */
    private static boolean isBreakOrSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
