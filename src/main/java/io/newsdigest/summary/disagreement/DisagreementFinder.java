package io.newsdigest.summary.disagreement;

import io.newsdigest.digest.Disagreement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the sources of a story disagree. Runs each detector in a fixed order (numbers and dates
 * {@link QuantityConflicts}, denials {@link PolarityConflicts}, opposite words {@link OpposedClaims}), keeps the
 * strongest conflict among those quoting the same statements, and reports at most {@code max}, strongest first.
 * Only sides held by different sources count: a story of one source has no disagreements.
 */
public final class DisagreementFinder {

    /**
     * A key used in at least this share of a story's sentences (and in three or more) is its background, not
     * evidence of a topic.
     */
    private static final double BACKGROUND_SHARE = 0.2;

    private final QuantityConflicts quantities = new QuantityConflicts();
    private final PolarityConflicts polarity;
    private final OpposedClaims opposed;
    private final int max;

    public DisagreementFinder(TermAnalyzer analyzer, int max) {
        this.polarity = new PolarityConflicts(analyzer);
        this.opposed = new OpposedClaims(analyzer);
        this.max = max;
    }

    /**
     * What the detectors found in one story: the disagreements to report (at most {@code max}, strongest first)
     * and every pair of statements any detector put on opposite sides, reported or not, as
     * {@link #pairKey(int, int)} of their ids.
     */
    public record Findings(List<Disagreement> reported, Set<Long> opposedPairs) {

        public Findings {
            reported = List.copyOf(reported);
            opposedPairs = Set.copyOf(opposedPairs);
        }

        /** Whether some detector holds the two statements (by id) to contradict each other. */
        public boolean opposed(int statementA, int statementB) {
            return opposedPairs.contains(pairKey(statementA, statementB));
        }
    }

    public List<Disagreement> find(StoryReading reading) {
        return findAll(reading).reported();
    }

    public Findings findAll(StoryReading reading) {
        if (reading.story().independentSources() < 2) {
            return new Findings(List.of(), Set.of());
        }
        Set<String> background = background(reading);
        List<Conflict> all = new ArrayList<>();
        all.addAll(quantities.find(reading, background));
        all.addAll(polarity.find(reading, background));
        all.addAll(opposed.find(reading, background));
        Set<Long> opposedPairs = new java.util.HashSet<>();
        for (Conflict c : all) {
            for (int i = 0; i < c.sides().size(); i++) {
                for (int j = i + 1; j < c.sides().size(); j++) {
                    for (var a : c.sides().get(i)) {
                        for (var b : c.sides().get(j)) {
                            opposedPairs.add(pairKey(a.id(), b.id()));
                        }
                    }
                }
            }
        }
        List<Conflict> ranked = new ArrayList<>();
        for (Conflict c : all) {
            if (c.sources() >= 2) {
                ranked.add(c);
            }
        }
        ranked.sort(Comparator.comparingDouble((Conflict c) -> -c.strength())
                .thenComparingInt(c -> c.sides().get(0).get(0).id())
                .thenComparingInt(c -> c.sides().get(1).get(0).id()));
        List<Conflict> chosen = new ArrayList<>();
        for (Conflict c : ranked) {
            if (chosen.size() >= max) {
                break;
            }
            if (chosen.stream().noneMatch(c::repeats)) {
                chosen.add(c);
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (Conflict c : chosen) {
            out.add(c.toDisagreement());
        }
        return new Findings(out, opposedPairs);
    }

    /**
     * One number for an unordered pair of statement ids. The packed pair is multiplied by an odd constant, a
     * one-to-one map on 64-bit numbers, so that distinct pairs keep distinct keys while the keys hash well
     * ({@code Long.hashCode} of the packed pair alone is {@code a ^ b}, the same for many pairs).
     */
    public static long pairKey(int a, int b) {
        return (((long) Math.min(a, b) << 32) | Math.max(a, b)) * 0x9E3779B97F4A7C15L;
    }

    /** Keys so common in the story's sentences that sharing them says nothing. */
    static Set<String> background(StoryReading reading) {
        Set<String> out = new TreeSet<>();
        int n = reading.statements().size();
        // A key every source uses once (the figure they all report) is the story's news, not its background:
        // background keys recur within articles, so they must occur in more sentences than two per article.
        double floor = Math.max(3, 2.0 * reading.story().articles().size());
        double limit = Math.log((n + 1.0) / Math.max(floor, BACKGROUND_SHARE * n));
        for (var s : reading.statements()) {
            for (String k : s.keys()) {
                if (reading.weight(k) <= limit) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
