package io.newsdigest.summary;

import io.newsdigest.quantity.Quantity;
import io.newsdigest.story.ArticleText;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence of one article of a story, ready to be compared with the others: where it comes from, its
 * distinct term keys, the names among them and the quantities it states.
 *
 * @param id       position in the story's list of statements
 * @param member   position of its article in the story
 * @param source   the story's source id of that article (near-copies share it)
 * @param position the sentence's index in the article's {@code sentences}
 * @param keys     distinct term keys, iterated in key order
 * @param names    the keys written as names, iterated in key order
 */
public record Statement(int id, int member, int source, int position, ArticleText article,
        AnalyzedSentence sentence, Set<String> keys, Set<String> names, List<Quantity> quantities) {

    /** Verbs of reporting: a time next to one is when something was said, not when it happened. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced",
            "announces", "reported", "reports", "stated", "states", "confirmed", "confirms", "added", "adds",
            "noted", "notes", "declared", "claimed", "claims", "denied", "denies", "insisted", "warned", "briefed",
            "updated", "tweeted", "posted", "wrote", "issued", "released", "published", "showed", "shows");

    /** Occasions of saying: a date that names one ("a Jan. 30 briefing", "in a statement Friday") is when it was said. */
    private static final Set<String> OCCASIONS_OF_SAYING = Set.of("briefing", "briefings", "conference",
            "statement", "statements", "interview", "interviews", "speech", "remarks", "address", "testimony");

    public Statement {
        keys = sorted(keys);
        names = sorted(names);
        quantities = List.copyOf(quantities);
    }

    static Statement of(int id, int member, int source, int position, ArticleText article,
            AnalyzedSentence sentence, List<Quantity> quantities) {
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Term t : sentence.terms()) {
            keys.add(t.key());
            if (article.isName(t, sentence)) {
                names.add(t.key());
            }
        }
        return new Statement(id, member, source, position, article, sentence, keys, names, quantities);
    }

    /** An unmodifiable copy that iterates in key order and looks keys up by hash. */
    private static Set<String> sorted(Set<String> keys) {
        String[] inOrder = keys.toArray(new String[0]);
        Arrays.sort(inOrder);
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(inOrder)));
    }

    /** Statements are equal only to themselves: a story never holds two with the same id. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    public String text() {
        return sentence.text();
    }

    public String articleKey() {
        return article.key();
    }

    /** How many word tokens the sentence has. */
    public int words() {
        int n = 0;
        for (var t : sentence.tokens()) {
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a time this statement states is when something was said rather than when it happened: a verb of
     * saying stands within two words of it ("officials said Saturday", "on Friday told reporters"), or it dates an
     * occasion of saying ("at a Feb. 2 press briefing", "a Jan. 30 White House briefing", "in a statement on
     * Friday").
     */
    public boolean isTimeOfSaying(Quantity q) {
        List<Token> tokens = sentence.tokens();
        for (int k = Math.max(0, q.firstToken() - 2); k <= Math.min(tokens.size() - 1, q.lastToken() + 3); k++) {
            if (k >= q.firstToken() && k <= q.lastToken()) {
                continue;
            }
            String w = tokens.get(k).norm();
            if (k <= q.lastToken() + 2 && REPORTING.contains(w) || OCCASIONS_OF_SAYING.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
