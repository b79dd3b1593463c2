package io.newsdigest.text;

/**
 * {@link Character}'s letter, digit and whitespace tests and lower-casing of one {@code char}, answered from a table for
 * ASCII. The same answers as {@code Character}'s; the scanners that run over every character of an upload use
 * these because, compiled by C1 (how the functions run), each {@code Character} call costs a call chain per
 * character.
 */
public final class Letters {

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : 0);
        }
    }

    private Letters() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII[c] != 0 : !isGeneralPunctuation(c) && Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < 128 ? ASCII[c] == LETTER : !isGeneralPunctuation(c) && Character.isLetter(c);
    }

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f : Character.isWhitespace(c);
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        return c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
    }

    /**
     * The General Punctuation block (spaces, dashes, curly quotes, bullets: common in articles), which holds no
     * letter or digit.
     */
    private static boolean isGeneralPunctuation(char c) {
        return c >= '\u2000' && c <= '\u206F';
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' ? (char) (c + 32) : c : Character.toLowerCase(c);
    }
}
