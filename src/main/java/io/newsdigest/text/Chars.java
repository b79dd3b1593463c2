package io.newsdigest.text;

/**
 * Character classes the sentence rules speak of: whitespace (including no-break spaces), sentence-ending
 * punctuation, the quotes and brackets that open or close around a sentence, and list bullets.
 * Pure functions of one character; no allocation.
 */
final class Chars {

    private Chars() {
    }

    /** Any Unicode whitespace or space separator, so no-break and thin spaces count as spaces. */
    static boolean isSpace(char c) {
        return Letters.isWhitespace(c) || c >= 0x80 && (Character.isSpaceChar(c) || c == '\u0085');
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\u000C';
    }

    /** Punctuation after which a sentence may end: period, ellipsis, question and exclamation marks. */
    static boolean isTerminal(char c) {
        return switch (c) {
            case '.', '!', '?', '\u2026', '\u203C', '\u2047', '\u2048', '\u2049', '\u3002', '\uFF01', '\uFF1F' -> true;
            default -> false;
        };
    }

    static boolean isExclamationOrQuestion(char c) {
        return switch (c) {
            case '!', '?', '\u203C', '\u2047', '\u2048', '\u2049' -> true;
            default -> false;
        };
    }

    /** Full stops of scripts written without spaces (Chinese, Japanese): they end a sentence at once. */
    static boolean isIdeographicStop(char c) {
        return c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
    }

    /** Marks that can close a quotation or parenthesis right after a sentence's last punctuation. */
    static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', '\u201D', '\u2019', ')', ']', '}', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    static boolean isClosingQuote(char c) {
        return switch (c) {
            case '"', '\'', '\u201D', '\u2019', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    /** Marks that can open a quotation or parenthesis before a sentence's first word. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u2018', '\u201E', '\u201A', '(', '[', '{', '\u00AB', '\u2039', '\u00BF',
                    '\u00A1' -> true;
            default -> false;
        };
    }

    /** Bullets that start a list item wherever they stand. */
    static boolean isBullet(char c) {
        return switch (c) {
            case '\u2022', '\u2023', '\u2043', '\u25E6', '\u25AA', '\u25CF', '\u25A0', '\u25BA', '\u25B8',
                    '\u27A2' -> true;
            default -> false;
        };
    }

    /** Punctuation that continues the sentence before it: a sentence does not start with it. */
    static boolean continuesSentence(char c) {
        return switch (c) {
            case ',', ';', ':', ')', ']', '}', '%', '\u2019' -> true;
            default -> false;
        };
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
