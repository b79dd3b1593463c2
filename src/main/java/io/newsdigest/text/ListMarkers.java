package io.newsdigest.text;

/**
 * Numbered and lettered list items written inline: "1. ... 2. ...", "1) ... 2) ...", "1.) ... 2.) ...",
 * "a. ... b. ...", "a) ... b) ...". A marker that opens a sentence starts a list; a later marker of the same
 * form with the next number or letter starts the next item, and so the next sentence, even when the item
 * before it has no final punctuation. A lone "2." in running text ("ranked No. 2. The ...") continues no
 * list and is left alone.
 *
 * <p>One instance follows one text (it remembers the last item); it is not shared between threads.
 */
final class ListMarkers {

    private static final int MAX_ITEM_PREFIX = 16;
    private static final int NONE = 0;
    private static final int DOT = 1;
    private static final int PAREN = 2;
    private static final int DOT_PAREN = 3;
    private static final int NUMBERS = 0;
    private static final int LOWER_LETTERS = 10;
    private static final int UPPER_LETTERS = 20;

    private int listForm = NONE;
    private int listValue;

    private int form;
    private int value;
    private int end;

    /**
     * Reads a marker at {@code i}: up to three digits, or one letter, then ".", ")" or ".)", then whitespace.
     * Upper-case letters count only with ")" ("A." is an initial). On success {@link #end()} is the index
     * after the marker.
     */
    boolean read(CharSequence text, int i) {
        int n = text.length();
        int k = i;
        char c = text.charAt(i);
        int family;
        int v = 0;
        if (Chars.isAsciiDigit(c)) {
            while (k < n && Chars.isAsciiDigit(text.charAt(k))) {
                if (k - i == 3) {
                    return false;
                }
                v = v * 10 + text.charAt(k) - '0';
                k++;
            }
            family = NUMBERS;
        } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            family = c <= 'Z' ? UPPER_LETTERS : LOWER_LETTERS;
            v = Character.toLowerCase(c) - 'a' + 1;
            k++;
        } else {
            return false;
        }
        if (k >= n) {
            return false;
        }
        int f;
        char p = text.charAt(k);
        if (p == '.') {
            if (k + 1 < n && text.charAt(k + 1) == ')') {
                f = DOT_PAREN;
                k += 2;
            } else {
                f = DOT;
                k++;
            }
        } else if (p == ')') {
            f = PAREN;
            k++;
        } else {
            return false;
        }
        if (family == UPPER_LETTERS && f != PAREN || k >= n || !Chars.isSpace(text.charAt(k))) {
            return false;
        }
        form = family + f;
        value = v;
        end = k;
        return true;
    }

    int end() {
        return end;
    }

    /** The marker just read opens a list (it stands at the start of a sentence). */
    void open() {
        listForm = form;
        listValue = value;
    }

    /** True if the marker just read is the next item of the open list; it then becomes the last item. */
    boolean continuesList() {
        if (listForm == NONE || form != listForm || value != listValue + 1) {
            return false;
        }
        listValue = value;
        return true;
    }

    /**
     * True if only whitespace, bullets, dashes or asterisks stand in {@code text[from, to)}, so a marker at
     * {@code to} opens a list item. Looks at a few characters only, so long runs cannot make a scan quadratic.
     */
    static boolean onlyBulletsBetween(CharSequence text, int from, int to) {
        if (to - from > MAX_ITEM_PREFIX) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Chars.isSpace(c) && !Chars.isBullet(c) && c != '-' && c != '*') {
                return false;
            }
        }
        return true;
    }

    /** True if {@code text[from, to)} is a bare list number or letter ("12", "b", "iv"), the word before a period. */
    static boolean isBareMarker(CharSequence text, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > 4) {
            return false;
        }
        boolean digits = true;
        boolean roman = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            digits &= Chars.isAsciiDigit(c);
            roman &= "ivxIVX".indexOf(c) >= 0;
        }
        return digits && len <= 3 || roman || len == 1 && Character.isLetter(text.charAt(from));
    }
}
