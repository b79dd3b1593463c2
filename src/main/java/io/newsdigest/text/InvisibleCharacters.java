package io.newsdigest.text;

/**
 * Characters a reader never sees, removed from article text before anything tokenizes it: every format
 * character (general category Cf: zero-width spaces and joiners, the word joiner, soft hyphens, byte-order marks,
 * bidirectional controls, tag characters) and every other default-ignorable code point (Unicode's
 * {@code Default_Ignorable_Code_Point}: variation selectors, Hangul fillers, the combining grapheme joiner), and
 * the control characters that are not whitespace (NUL, BEL, ESC, DEL, the C1 range). A number or word written
 * with one inside ("2\u206012") reads as the number or word a reader sees ("212"). NEL (U+0085) is a line break
 * and becomes one. Whitespace is left as it is. Linear, one pass; a string without such characters comes back
 * as the same instance.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** {@code text} without its invisible characters. */
    public static String removeFrom(String text) {
        int first = firstInvisible(text);
        if (first < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x85) {
                b.append('\n');
            } else if (!isInvisible(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /**
     * {@code text} without its control characters (NEL becomes a line break), format characters kept: what may be
     * removed from markup before it is parsed, since no markup gives a control character a meaning.
     */
    public static String removeControlsFrom(String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) {
            if (isControl(text.charAt(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0085') {
                b.append('\n');
            } else if (!isControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? !Letters.isWhitespace(c) : c >= 0x7f && c < 0xa0;
    }

    /** Whether the code point is one {@link #removeFrom} removes (NEL, which it turns into a line break, included). */
    public static boolean isInvisible(int cp) {
        if (cp < 0x80) {
            return cp < 0x20 ? !Letters.isWhitespace((char) cp) : cp == 0x7f;
        }
        if (cp < 0xa0) {
            return true; // C1 controls
        }
        return Character.getType(cp) == Character.FORMAT || isOtherDefaultIgnorable(cp);
    }

    /** The default-ignorable code points that are not of category Cf (Unicode's DerivedCoreProperties). */
    private static boolean isOtherDefaultIgnorable(int cp) {
        return cp == 0x034f || cp == 0x115f || cp == 0x1160 || cp == 0x17b4 || cp == 0x17b5
                || (cp >= 0x180b && cp <= 0x180f) || cp == 0x2065 || cp == 0x3164
                || (cp >= 0xfe00 && cp <= 0xfe0f) || cp == 0xffa0 || (cp >= 0xfff0 && cp <= 0xfff8)
                || (cp >= 0xe0000 && cp <= 0xe0fff);
    }

    private static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f && (c < 0x100 ? c < 0xa0 || c == 0xad : mayBeInvisible(c))) {
                if (isInvisible(c < 0x100 || !Character.isHighSurrogate(c) ? c : text.codePointAt(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A cheap first test for characters from U+0100 up: false means certainly visible. */
    private static boolean mayBeInvisible(char c) {
        return c < '\u2000' ? c >= '\u0300' && c < '\u1900' : c <= '\u206f' || c >= '\u3164' && (c == '\u3164'
                || c >= '\ud800' && c <= '\udbff' || c >= '\ufe00');
    }
}
