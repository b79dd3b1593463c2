package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words around a predicate, as a stand-in for its arguments: two sentences speak of the same "text being
 * released" when the words near "released" overlap. Keys common to the whole story (its background) and
 * numbers do not count.
 */
final class Arguments {

    private static final int WINDOW = 8;
    /** Words between a subject and its claim: "has not been", "had no", "was never". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "being", "not", "no", "never", "n't", "did", "does", "do", "will", "would", "could", "can",
            "yet", "also", "still");
    /** Words a subject never reaches back over: a complementizer or a verb of saying. */
    private static final Set<String> SUBJECT_STOPS = Set.of("that", "said", "says", "told", "and", "but", "which",
            "who", "while", "after", "before", "when", "because");
    private static final int SUBJECT_WORDS = 7;

    private Arguments() {
    }

    /** Token indexes of the statement's terms with this key. */
    static List<Integer> tokensOf(Statement s, String key) {
        List<Integer> out = new ArrayList<>();
        for (Term t : s.sentence().terms()) {
            if (t.key().equals(key)) {
                out.add(t.token());
            }
        }
        return out;
    }

    /** Keys within a few tokens of {@code token}, not crossing a sentence end, minus the predicate itself. */
    static Set<String> around(Statement s, int token, String predicate, Set<String> background) {
        Set<String> out = new TreeSet<>();
        List<Token> tokens = s.sentence().tokens();
        for (Term t : s.sentence().terms()) {
            int d = Math.abs(t.token() - token);
            if (d == 0 || d > WINDOW || t.key().equals(predicate) || t.key().startsWith("#")
                    || background.contains(t.key())) {
                continue;
            }
            boolean crosses = false;
            for (int k = Math.min(t.token(), token); k < Math.max(t.token(), token); k++) {
                String n = tokens.get(k).norm();
                if (n.equals(".") || n.equals(";")) {
                    crosses = true;
                    break;
                }
            }
            if (!crosses) {
                out.add(t.key());
            }
        }
        return out;
    }

    /** The keys both windows share. */
    static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    /**
     * What is in question, as a heading: the claim's word as one source writes it, each alternative ("Arrested
     * or not", "Rose or fell"), then what it is said of, the words that stand before it in its clause ("the
     * captain", "Fuel", "engineer in charge of the bridge").
     *
     * @param alternatives how the other side puts it ("not", or the opposite word as written)
     */
    static String question(Statement s, int predicateToken, String alternatives) {
        List<Token> tokens = s.sentence().tokens();
        String predicate = tokens.get(predicateToken).text();
        if (predicateToken + 1 < tokens.size()) {
            Token next = tokens.get(predicateToken + 1);
            String n = next.norm();
            if (next.isWord() && !next.capitalized() && !Stopwords.isStopword(n) && !n.endsWith("ed")
                    && !n.endsWith("ing")) {
                predicate += " " + next.text(); // "no structural damage": the claim is about the damage
            }
        }
        int end = predicateToken - 1;
        while (end >= 0 && (AUXILIARIES.contains(tokens.get(end).norm()))) {
            end--;
        }
        int start = end + 1;
        while (start - 1 >= 0 && end - start < SUBJECT_WORDS - 1 && tokens.get(start - 1).isWord()
                && !SUBJECT_STOPS.contains(tokens.get(start - 1).norm())) {
            start--;
        }
        while (start <= end && Stopwords.isStopword(tokens.get(start).norm())) {
            start++;
        }
        String head = Character.toUpperCase(predicate.charAt(0)) + predicate.substring(1) + " or " + alternatives;
        if (start > end) {
            return head;
        }
        return head + ": " + s.text().substring(tokens.get(start).start(), tokens.get(end).end());
    }
}
