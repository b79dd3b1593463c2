package io.newsdigest.summary;

import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a statement has the shape of a sentence a digest may report: running prose, not page
 * furniture that slipped through parsing (tag lists, menus, bylines, lone headings), and not several sentences
 * run together. Prose has enough words, a share of function words, no pipes, and ends like a sentence or is
 * long enough to be one.
 */
final class StatementShape {

    /** Words that, opening a sentence, point back at one the reader of a digest has not seen. */
    private static final Set<String> POINTING_BACK = Set.of("it", "this", "that", "these", "those", "he", "she",
            "they", "his", "her", "their", "its", "but", "and", "also", "however", "meanwhile", "still", "yet", "then");
    /** Pronouns that name a speaker only to a reader of the whole article. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");
    private static final Set<String> SAYING = Set.of("said", "says", "added", "told", "wrote");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** Prepositions that, before a demonstrative, make it point back: "after that", "despite this". */
    private static final Set<String> BEFORE_POINTER = Set.of("after", "before", "since", "despite", "following",
            "besides", "beyond", "unlike", "like", "amid");
    /** How far into a sentence a phrase pointing back ("Three days after that dismissal") is looked for. */
    private static final int OPENING = 6;

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

    /**
     * Whether the sentence leans on the one before it, so that quoted alone it leaves the reader asking who or
     * what: it opens with a pronoun, a demonstrative or a connective ("It also came a day before...", "But the
     * ministry...", "Three days after that dismissal..."), or its speaker is a pronoun ("..., he said.").
     */
    static boolean leansOnContext(Statement s) {
        List<Token> words = s.sentence().tokens().stream().filter(Token::isWord).toList();
        if (words.isEmpty()) {
            return false;
        }
        if (POINTING_BACK.contains(words.get(0).norm())) {
            return true;
        }
        for (int i = 1; i < Math.min(OPENING, words.size()); i++) {
            if (DEMONSTRATIVES.contains(words.get(i).norm()) && BEFORE_POINTER.contains(words.get(i - 1).norm())) {
                return true; // "Three days after that public dismissal, ..."
            }
        }
        int n = words.size();
        return n >= 3 && PRONOUNS.contains(words.get(n - 2).norm()) && SAYING.contains(words.get(n - 1).norm());
    }
}
