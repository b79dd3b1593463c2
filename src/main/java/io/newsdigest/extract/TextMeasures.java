package io.newsdigest.extract;

import io.newsdigest.text.Letters;

/**
 * Measures of a block or line of page text that tell running prose from labels, menus and widgets, in any
 * script: how much text it holds (an ideograph or Hangul syllable carries about as much as a short word, so it
 * counts double), how many words, sentence marks and commas, whether it ends the way sentences end, and how much
 * of it is letters at all. Also the extractor's one test of what is a space, and its whitespace collapsing.
 * Pure functions of the string; never throw for any string. They read the string's characters from an array: compiled
 * by C1, as the functions run, each {@code charAt} of a string holding a character beyond Latin-1 (a curly quote
 * is enough) is a call.
 */
final class TextMeasures {

    private TextMeasures() {
    }

    /** Characters that are not whitespace. */
    static int visibleChars(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            if (!isSpace(c)) {
                n++;
            }
        }
        return n;
    }

    /** Visible characters, with ideographs, kana and Hangul counted twice. */
    static int weight(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            if (!isSpace(c)) {
                n += isWideScript(c) ? 2 : 1;
            }
        }
        return n;
    }

    /** Words, counting each ideograph or kana as one (those scripts do not separate words by spaces). */
    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (char c : s.toCharArray()) {
            if (isWideScript(c) && !isHangul(c)) {
                n++;
                inWord = false;
            } else if (Letters.isLetterOrDigit(c)) {
                if (!inWord) {
                    n++;
                }
                inWord = true;
            } else if (isSpace(c) || c == '/' || c == '|') {
                inWord = false;
            }
        }
        return n;
    }

    /** Share of visible characters that are letters, from 0 to 1. */
    static double letterShare(String s) {
        int visible = 0;
        int letters = 0;
        for (char c : s.toCharArray()) {
            if (!isSpace(c)) {
                visible++;
                if (Letters.isLetter(c)) {
                    letters++;
                }
            }
        }
        return visible == 0 ? 0 : letters / (double) visible;
    }

    /** True when the text ends as a sentence does: a full stop, question or exclamation mark, maybe quoted. */
    static boolean endsLikeSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (isSpace(s.charAt(i)) || "\"'”’»)]".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?。！？…".indexOf(s.charAt(i)) >= 0;
    }

    /** Sentence-ending marks followed by a space or the end: roughly how many sentences the text holds. */
    static int sentenceMarks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("。！？".indexOf(c) >= 0) {
                n++;
            } else if (".!?".indexOf(c) >= 0 && (i + 1 == s.length() || isSpace(s.charAt(i + 1))
                    || "\"'”’)".indexOf(s.charAt(i + 1)) >= 0)) {
                n++;
            }
        }
        return n;
    }

    /** Commas in any script: a cheap sign of clauses, hence of prose. */
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    static boolean isSpace(char c) {
        return Letters.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    /** Collapses every run of whitespace (no-break spaces included) into one space and trims the ends. */
    static String collapse(String s) {
        char[] out = s.toCharArray(); // written over in place: n never passes i
        int n = 0;
        boolean space = false;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            space = false;
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    private static boolean isWideScript(char c) {
        if (c < '\u1100' || c >= '\u2000' && c <= '\u206F') {
            return false; // General Punctuation (curly quotes, dashes) is in no script
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isHangul(char c) {
        return c >= '\u1100' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
