package io.newsdigest.quantity;

import io.newsdigest.text.Token;
import java.util.Set;

/**
 * Reads numbers written in words ("twelve", "twenty-five", "a hundred", "two hundred and forty", "a dozen",
 * "three million") into their value, then reads that value as a {@link MeasuredAmounts measured amount}; a vague
 * plural before "of" ("dozens of", "hundreds of") is a count of the range it allows. "One" that is a pronoun
 * ("one of", "the one", "no one", or before no content word), "one" that brings in someone who speaks ("one
 * resident said") and "dozen" without "a" are no numbers.
 */
final class SpelledNumbers {

    /** Words before "one" that make it a pronoun or determiner, not a count. */
    private static final Set<String> BEFORE_PRONOUN_ONE = Set.of("the", "no", "any", "each", "every", "this",
            "that", "which", "another");

    /** Verbs by which a report lets someone speak. */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "telling", "heard",
            "recalled", "recounted", "described", "wrote", "posted", "explained", "added");
    /** How many words after "one" the verb of saying may stand ("one air traffic controller heard"). */
    private static final int SPEAKER_REACH = 5;

    private final Counts counts;
    private final MeasuredAmounts amounts;

    SpelledNumbers(Counts counts, MeasuredAmounts amounts) {
        this.counts = counts;
        this.amounts = amounts;
    }

    /** Reads the number words that start at word i, if they do. */
    void read(SentencePass p, int i) {
        String w = p.norm(i);
        double[] vague = NumberWords.vague(w);
        if (vague != null) {
            if (p.norm(i + 1).equals("of")) {
                counts.read(p, vague[0], vague[1], i, i, i + 2);
            }
            return;
        }
        boolean article = (w.equals("a") || w.equals("an")) && NumberWords.scale(p.norm(i + 1)) != null
                && p.norm(i + 1).length() > 2;
        if (!article && !NumberWords.isNumberWord(w)) {
            return;
        }
        if (w.equals("one") && (p.norm(i + 1).equals("of") || BEFORE_PRONOUN_ONE.contains(p.norm(i - 1))
                || !tokensAfterLookCounted(p, i + 1) || introducesASpeaker(p, i + 1))) {
            return;
        }
        if (w.equals("dozen") && !p.norm(i - 1).equals("a")) {
            return;
        }
        double total = 0;
        double group = article ? 1 : 0;
        int j = article ? i + 1 : i;
        int last = i;
        boolean any = false;
        while (j < p.size()) {
            String x = p.norm(j);
            Integer u = NumberWords.unit(x);
            Integer t = NumberWords.tens(x);
            Double sc = x.length() > 2 ? NumberWords.scale(x) : null;
            if (u != null) {
                group += u;
            } else if (t != null) {
                group += t;
            } else if (sc != null) {
                if (sc == 100) {
                    group = Math.max(group, 1) * 100;
                } else {
                    total += Math.max(group, 1) * sc;
                    group = 0;
                }
            } else if ((x.equals("-") || x.equals("and")) && any && j + 1 < p.size()
                    && NumberWords.isNumberWord(p.norm(j + 1))) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            last = j;
            j++;
        }
        if (!any) {
            return;
        }
        double v = total + group;
        for (int k = i; k <= last; k++) {
            p.use(k);
        }
        amounts.read(p, v, 0, i, last, false);
    }

    /** Whether the word at j could be what a number counts (a content word or another number word). */
    /**
     * Whether the words after "one" are someone who speaks ("one resident said", "one air traffic controller was
     * heard telling"): a person the report does not name, not a count of such people.
     */
    private static boolean introducesASpeaker(SentencePass p, int j) {
        for (int k = j; k < p.size() && k <= j + SPEAKER_REACH; k++) {
            if (SAYING.contains(p.norm(k))) {
                return true;
            }
            if (!p.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean tokensAfterLookCounted(SentencePass p, int j) {
        if (j >= p.size()) {
            return false;
        }
        Token t = p.token(j);
        return t.isWord() && !t.norm().equals("of") && (p.key(j) != null || NumberWords.isNumberWord(t.norm()));
    }
}
