package io.newsdigest.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Abbreviations a text reveals about itself, after Punkt (Kiss &amp; Strunk 2006): a short word written with
 * a period and followed by a lower-case word ("Ariz. officials", "approx. five") cannot have ended a
 * sentence there, so it is an abbreviation, and the same word with its period elsewhere in the text is one
 * too. A capitalised short word before a number counts as well ("Bd. 3", "Rte. 9"); a lower-case one does
 * not, since "... they won. 3 players ..." is an ordinary sentence end. Learned from one text, for that
 * text only; built in one pass over its periods.
 */
final class AbbreviationEvidence {

    static final int MAX_LENGTH = 5;

    private final Set<String> learned = new HashSet<>();

    AbbreviationEvidence(String text) {
        int n = text.length();
        for (int i = text.indexOf('.', 1); i >= 0 && i < n - 2; i = text.indexOf('.', i + 1)) {
            if (!Chars.isSpace(text.charAt(i + 1)) || text.charAt(i - 1) == '.') {
                continue;
            }
            int k = i + 1;
            int breaks = 0;
            while (k < n && Chars.isSpace(text.charAt(k))) {
                if (Chars.isLineBreak(text.charAt(k))) {
                    breaks++;
                }
                k++;
            }
            if (k >= n || breaks > 1) {
                continue;
            }
            boolean lowerNext = Character.isLowerCase(text.charAt(k));
            if (!lowerNext && !Chars.isAsciiDigit(text.charAt(k))) {
                continue;
            }
            int s = i;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            int len = i - s;
            boolean wordStart = s == 0 || Chars.isSpace(text.charAt(s - 1)) || Chars.isOpener(text.charAt(s - 1));
            if (len >= 2 && len <= MAX_LENGTH && wordStart
                    && (lowerNext || Character.isUpperCase(text.charAt(s)))) {
                learned.add(text.subSequence(s, i).toString());
            }
        }
    }

    /** True if the text shows {@code word} (without its period) used as an abbreviation. */
    boolean isAbbreviation(String word) {
        return learned.contains(word);
    }
}
