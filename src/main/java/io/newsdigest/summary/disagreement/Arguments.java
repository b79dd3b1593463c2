package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
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

    /** The surface words of {@code s} whose keys are in {@code keys}, then the predicate's, in reading order. */
    static String topic(Statement s, Set<String> keys, int predicateToken) {
        List<String> words = new ArrayList<>();
        for (Term t : s.sentence().terms()) {
            if ((keys.contains(t.key()) && Math.abs(t.token() - predicateToken) <= WINDOW)
                    || t.token() == predicateToken) {
                String w = s.sentence().tokens().get(t.token()).text();
                if (!words.contains(w) && words.size() < 5) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words);
    }
}
