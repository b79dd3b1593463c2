package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One source states what another denies: "the text released by the agency" against "the text has not been
 * released". A word denied in one statement ({@link Polarity}) and asserted in a related statement of another
 * source, with overlapping words around it, makes two sides; other statements using the word with the same
 * arguments join the side of their polarity; a statement that plays the word down ("only light damage" against "no
 * damage") takes neither side. Kind {@code attribution} when the denied word is a verb of saying
 * or confirming, {@code claim} when the denial is a hedge ("falls short of"), {@code negation} otherwise.
 */
final class PolarityConflicts implements ConflictDetector {

    private static final double MIN_SIMILARITY = 0.25;
    /** Words that play an amount down to almost nothing ("only light structural damage"). */
    private static final Set<String> MINIMIZERS = Set.of("little", "minor", "slight", "light", "minimal",
            "superficial", "negligible");
    /** How many words before the word played down a minimizer may stand ("minor structural damage"). */
    private static final int MINIMIZER_REACH = 2;
    /** Conflicts gathered per story before ranking; the most similar pairs come first. */
    private static final int MAX_CONFLICTS = 40;

    private final Set<String> sayingKeys = new TreeSet<>();

    PolarityConflicts(TermAnalyzer analyzer) {
        for (String w : List.of("confirm", "confirmed", "say", "said", "acknowledge", "acknowledged", "admit",
                "admitted", "claim", "claimed", "announce", "verify", "verified", "comment", "commented")) {
            sayingKeys.add(analyzer.key(w, false));
        }
    }

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        List<TreeMap<Integer, Polarity.Cue>> denied = new ArrayList<>();
        // a sentence the story's articles share is read once
        Map<String, TreeMap<Integer, Polarity.Cue>> byText = new HashMap<>();
        for (Statement s : reading.statements()) {
            denied.add(byText.computeIfAbsent(s.text(),
                    text -> Polarity.denied(s.sentence().tokens(), s.sentence().terms())));
        }
        List<Conflict> out = new ArrayList<>();
        for (StoryReading.Pair p : reading.pairs()) {
            if (p.similarity() < MIN_SIMILARITY || out.size() >= MAX_CONFLICTS) {
                break;
            }
            if (denied.get(p.a()).isEmpty() && denied.get(p.b()).isEmpty()) {
                continue;
            }
            Statement a = reading.statements().get(p.a());
            Statement b = reading.statements().get(p.b());
            conflict(reading, background, denied, a, b, out);
            conflict(reading, background, denied, b, a, out);
        }
        return out;
    }

    /** Adds a conflict where {@code neg} denies a word {@code pos} asserts. */
    private void conflict(StoryReading reading, Set<String> background,
            List<TreeMap<Integer, Polarity.Cue>> denied, Statement neg,
            Statement pos, List<Conflict> out) {
        for (Map.Entry<Integer, Polarity.Cue> d : denied.get(neg.id()).entrySet()) {
            String key = keyAt(neg, d.getKey());
            if (key == null || background.contains(key) || !pos.keys().contains(key)
                    || deniesKey(pos, key, denied.get(pos.id())) || minimizes(pos, key)) {
                continue;
            }
            Set<String> negArgs = Arguments.around(neg, d.getKey(), key, background);
            Set<String> shared = new TreeSet<>();
            for (int t : Arguments.tokensOf(pos, key)) {
                shared.addAll(Arguments.shared(negArgs, Arguments.around(pos, t, key, background)));
            }
            if (shared.isEmpty()) {
                continue;
            }
            List<Statement> yes = new ArrayList<>(List.of(pos));
            List<Statement> no = new ArrayList<>(List.of(neg));
            Set<Integer> members = new TreeSet<>(List.of(pos.member(), neg.member()));
            for (Statement s : reading.using(key)) {
                if (members.contains(s.member())) {
                    continue;
                }
                boolean related = false;
                for (int t : Arguments.tokensOf(s, key)) {
                    related |= !Arguments.shared(negArgs, Arguments.around(s, t, key, background)).isEmpty();
                }
                if (!related || minimizes(s, key)) {
                    continue;
                }
                members.add(s.member());
                (deniesKey(s, key, denied.get(s.id())) ? no : yes).add(s);
            }
            String kind = d.getValue() == Polarity.Cue.HEDGE ? "claim"
                    : sayingKeys.contains(key) ? "attribution" : "negation";
            double strength = 1.0 + 0.25 * (yes.size() + no.size()) + reading.similarity(neg, pos)
                    + 0.2 * shared.size();
            out.add(new Conflict(kind, "polarity:" + key, Arguments.question(neg, d.getKey(), "not"), List.of(yes, no),
                    strength));
            return;
        }
    }

    private static String keyAt(Statement s, int token) {
        for (var t : s.sentence().terms()) {
            if (t.token() == token) {
                return t.key();
            }
        }
        return null;
    }

    /**
     * Whether every use of {@code key} in {@code s} is played down ("only light damage", "minor injuries"): a
     * statement that there was little of something points the same way as one that there was none, not against it.
     */
    private static boolean minimizes(Statement s, String key) {
        List<Token> tokens = s.sentence().tokens();
        for (int t : Arguments.tokensOf(s, key)) {
            boolean down = false;
            for (int k = t - 1; k >= 0 && k >= t - MINIMIZER_REACH && !tokens.get(k).isClauseBreak(); k--) {
                down |= MINIMIZERS.contains(tokens.get(k).norm());
            }
            if (!down) {
                return false;
            }
        }
        return true;
    }

    private static boolean deniesKey(Statement s, String key, TreeMap<Integer, Polarity.Cue> denied) {
        for (int t : Arguments.tokensOf(s, key)) {
            if (denied.containsKey(t)) {
                return true;
            }
        }
        return false;
    }
}
