package io.newsdigest.quantity;

import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One left-to-right pass over a sentence, shared by the readers: its tokens, the concept key of each token (null
 * for numbers and words without one), which tokens a mention already took, and the quantities found so far.
 * {@link #emit} turns a mention (token span, interval, anchor) into a {@link Quantity}: it takes the span, gives
 * a measurement without an anchor the nearest measure noun, and keeps the concept keys around it (within the
 * sentence, units left out) as context. Positions outside the sentence read as the empty word.
 */
final class SentencePass {

    /** Words before a noun that do not say what it is. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those");

    private final List<Token> tokens;
    private final String[] keys;
    private final boolean[] used;
    private final Set<String> measureKeys;
    private final List<Quantity> out = new ArrayList<>();

    /**
     * @param tokens      the sentence
     * @param terms       its terms, as made by the reader's analyzer
     * @param measureKeys concept keys of the nouns that say what a measurement (not a count) is of
     */
    SentencePass(List<Token> tokens, List<Term> terms, Set<String> measureKeys) {
        this.tokens = tokens;
        this.keys = new String[tokens.size()];
        for (Term t : terms) {
            if (!t.key().startsWith("#")) {
                keys[t.token()] = t.key();
            }
        }
        this.used = new boolean[tokens.size()];
        this.measureKeys = measureKeys;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The concept key of token i, or null. */
    String key(int i) {
        return keys[i];
    }

    /** Whether a mention already took token i. */
    boolean isUsed(int i) {
        return used[i];
    }

    /** Marks token i as taken, so the pass does not read it again. */
    void use(int i) {
        used[i] = true;
    }

    /** The normalized token at i, or the empty string outside the sentence. */
    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    boolean isNum(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isNumber();
    }

    /** The token at i as a whole number of at most nine digits written without separators, or null. */
    Integer plainInt(int i) {
        if (!isNum(i)) {
            return null;
        }
        String n = norm(i);
        if (n.length() > 9 || n.contains(".") || n.contains(",") || n.contains(":")) {
            return null;
        }
        return Integer.parseInt(n);
    }

    /** Whether token k ends a sentence or clause of one: a full stop, semicolon, exclamation or question mark. */
    boolean endsSentence(int k) {
        String n = tokens.get(k).norm();
        return n.equals(".") || n.equals(";") || n.equals("!") || n.equals("?");
    }

    /** Records the quantity stated by tokens s..e and marks them taken. */
    void emit(Dimension d, String family, String writtenIn, double lo, double hi, String anchor, int s, int e) {
        if (d != Dimension.COUNT && anchor.isEmpty()) {
            anchor = measureNoun(s, e);
        }
        if (d == Dimension.PERCENT && anchor.isEmpty()) {
            anchor = whole(e);
        }
        for (int k = Math.max(0, s); k <= e && k < used.length; k++) {
            used[k] = true;
        }
        Set<String> context = new TreeSet<>();
        int reach = d.isTemporal() ? 5 : 8;
        int from = Math.max(0, s - reach);
        int to = Math.min(tokens.size() - 1, e + reach);
        for (int k = s - 1; k >= from; k--) {
            if (endsSentence(k)) {
                from = k + 1;
                break;
            }
        }
        for (int k = e + 1; k <= to; k++) {
            if (endsSentence(k)) {
                to = k - 1;
                break;
            }
        }
        for (int k = from; k <= to; k++) {
            if ((k < s || k > e) && keys[k] != null && Units.ofWord(tokens.get(k).norm()) == null) {
                context.add(keys[k]);
            }
        }
        out.add(new Quantity(d, family, writtenIn, lo, hi, anchor, context, Math.max(0, s), e));
    }

    /** The quantities emitted so far, in the order they were emitted. */
    List<Quantity> quantities() {
        return out;
    }

    /**
     * What a share written at tokens ..e is of, as its first content word after "of" and an article, or after a
     * possessive ("10% of the city's population": population), or empty. An adjective stands for the whole
     * ("a fifth of the coastal city": coastal), so two shares of one whole worded apart are not compared, rather
     * than shares of two wholes compared.
     */
    private String whole(int e) {
        int k = e + 1;
        if (!norm(k).equals("of")) {
            return "";
        }
        k++;
        if (ARTICLES.contains(norm(k))) {
            k++;
        }
        if (k + 1 < tokens.size() && keys[k] != null && isPossessive(k)) {
            k++;
        }
        return k < tokens.size() && keys[k] != null ? keys[k] : "";
    }

    /** Whether token k was written with a possessive ending, which the tokenizer drops ("city's", "residents'"). */
    private boolean isPossessive(int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.end() - t.start() > t.text().length();
    }

    /** The nearest measure noun ("depth", "shares", "cost") around a measurement, or empty. */
    private String measureNoun(int s, int e) {
        for (int dist = 1; dist <= 5; dist++) {
            for (int k : new int[] {s - dist, e + dist}) {
                if (k >= 0 && k < tokens.size() && keys[k] != null && measureKeys.contains(keys[k])) {
                    return keys[k];
                }
            }
        }
        return "";
    }
}
