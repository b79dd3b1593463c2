package io.newsdigest.summary;

import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Token;

/**
 * Decides whether a statement has the shape of a sentence a digest may report: running prose, not page
 * furniture that slipped through parsing (tag lists, menus, bylines, lone headings), and not several sentences
 * run together. Prose has enough words, a share of function words, no pipes, and ends like a sentence or is
 * long enough to be one.
 */
final class StatementShape {

    private StatementShape() {
    }

    /** Whether the statement reads as running prose rather than page furniture. */
    static boolean isProse(Statement s) {
        int words = 0;
        int function = 0;
        int pipes = 0;
        for (Token t : s.sentence().tokens()) {
            if (t.isWord()) {
                words++;
                if (Stopwords.isFunctionWord(t.norm())) {
                    function++;
                }
            } else if (t.norm().equals("|")) {
                pipes++;
            }
        }
        String text = s.text().strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        boolean ends = ".!?\"'”’)".indexOf(last) >= 0;
        return words >= 6 && pipes == 0 && function * 8 >= words && (ends || words >= 12);
    }

    /** Whether the sentence is so long it is probably several sentences run together. */
    static boolean isRunOn(Statement s) {
        return s.words() > 60;
    }
}
