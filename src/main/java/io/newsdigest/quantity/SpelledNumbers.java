package io.newsdigest.quantity;

import io.newsdigest.text.Token;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers written in words ("twelve", "twenty-five", "a hundred", "two hundred and forty", "a dozen",
 * "three million") into their value, then reads that value as a {@link MeasuredAmounts measured amount}; a vague
 * plural before "of" ("dozens of", "hundreds of") is a count of the range it allows; a fraction of a whole ("a
 * quarter of the city", "two-thirds of voters", "half of the homes") is a share of it, within a tenth of its
 * value. "One" that is a pronoun
 * ("one of", "the one", "no one", or before no content word), "one" that brings in someone who speaks ("one
 * resident said") and "dozen" without "a" are no numbers.
 */
final class SpelledNumbers {

    /** Words before "one" that make it a pronoun or determiner, not a count. */
    private static final Set<String> BEFORE_PRONOUN_ONE = Set.of("the", "no", "any", "each", "every", "this",
            "that", "which", "another");

    /** The denominators of fractions written in words: "a fifth", "two-thirds", "three quarters". */
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(Map.entry("half", 2),
            Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4),
            Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6),
            Map.entry("sixths", 6), Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8),
            Map.entry("eighths", 8), Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10),
            Map.entry("tenths", 10));

    /**
     * How far a fraction reaches either way, as a share of its value: a report says "a quarter" for a share near
     * 25%, not for exactly 25%, but not for 20% either (that is "a fifth").
     */
    private static final double FRACTION_LOOSENESS = 0.1;

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
        if (readFraction(p, i)) {
            return;
        }
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

    /**
     * Reads a fraction of a whole starting at word i ("a quarter of", "one-fifth of", "two thirds of", "half of")
     * as a percentage, within a tenth of its value; returns whether it did. Without "of" after it a fraction
     * is no share of something the sentence names ("cut by a third", "half an hour").
     */
    private static boolean readFraction(SentencePass p, int i) {
        String w = p.norm(i);
        Integer numerator = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : NumberWords.unit(w);
        int d = i + 1;
        if (w.equals("half")) {
            numerator = 1;
            d = i;
        } else if (p.norm(d).equals("-")) {
            d++;
        }
        Integer denominator = DENOMINATORS.get(p.norm(d));
        if (numerator == null || denominator == null || numerator >= denominator || !p.norm(d + 1).equals("of")) {
            return false;
        }
        double share = 100.0 * numerator / denominator;
        Qualifiers.apply(p, Dimension.PERCENT, "", "%", share, Double.NaN, FRACTION_LOOSENESS * share, i, d, "");
        return true;
    }

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
