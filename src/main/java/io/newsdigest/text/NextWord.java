package io.newsdigest.text;

/**
 * What follows a candidate sentence boundary, past whitespace and any opening quotes or brackets: its
 * {@link #kind()} and, for a word, where its letters are. One reusable instance per scan; {@link #read}
 * overwrites it.
 */
final class NextWord {

    /** Nothing follows: the text ends. */
    static final int END = 0;
    /** A word starting in lower case ("said"): a sentence does not start here. */
    static final int LOWER = 1;
    /** A word starting with a capital, an uncased letter (Hangul, Arabic) or a camel-cased name ("eBay"). */
    static final int UPPER = 2;
    static final int DIGIT = 3;
    /** A sign or symbol ("$", "#", "-", an emoji), or an opening quote followed by nothing. */
    static final int OTHER = 4;
    /** Punctuation that continues a sentence (",", ";", ")"). */
    static final int CONTINUES = 5;

    private final String text;
    private int kind;
    private int start;
    private int end;
    private boolean opened;

    NextWord(String text) {
        this.text = text;
    }

    /** Reads what follows the whitespace at {@code from}. */
    void read(int from) {
        int n = text.length();
        int k = from;
        while (k < n && Chars.isSpace(text.charAt(k))) {
            k++;
        }
        opened = false;
        while (k < n && Chars.isOpener(text.charAt(k))) {
            opened = true;
            k++;
        }
        start = k;
        end = k;
        if (k >= n) {
            kind = opened ? OTHER : END;
            return;
        }
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
            int e = k + 1;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            end = e;
            kind = Character.isLowerCase(c) && !hasUpperCase(k + 1, e) ? LOWER : UPPER;
        } else if (Character.isDigit(c)) {
            kind = DIGIT;
        } else if (Chars.continuesSentence(c) && !opened) {
            kind = CONTINUES;
        } else {
            kind = OTHER;
        }
    }

    int kind() {
        return kind;
    }

    /** True if a new sentence can start here: not lower case, not continuing punctuation, not the end. */
    boolean canStartSentence() {
        return kind != END && kind != LOWER && kind != CONTINUES;
    }

    /** Index of the first letter, digit or sign after the whitespace and openers. */
    int start() {
        return start;
    }

    /** The letters of the next word ("It" of "It's"); empty unless {@link #kind()} is a word. */
    String letters() {
        return text.substring(start, end);
    }

    int lettersEnd() {
        return end;
    }

    /** True if quotes or brackets open before the next word. */
    boolean opened() {
        return opened;
    }

    /** True if a quotation mark (not only a bracket) opens before the next word. */
    boolean openedByQuote() {
        for (int k = start - 1; k >= 0 && Chars.isOpener(text.charAt(k)); k--) {
            char c = text.charAt(k);
            if (c != '(' && c != '[' && c != '{') {
                return true;
            }
        }
        return false;
    }

    /** "eBay", "iPhone": a word in lower case with a capital inside is a name, and may open a sentence. */
    private boolean hasUpperCase(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
