package io.newsdigest.summary.disagreement;

import io.newsdigest.digest.Disagreement;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the sources of a story disagree. Runs each detector in a fixed order (figures {@link FigureConflicts},
 * dates and times {@link TimeConflicts}, blame {@link BlameConflicts}, a party's denial of the blame
 * {@link DenialConflicts}, places {@link PlaceConflicts}, denials {@link PolarityConflicts}, opposite words
 * {@link OpposedClaims}),
 * keeps the strongest conflict among those quoting the same statements, and reports at most {@code max},
 * strongest first.
 * Only sides held by different sources count: a story of one source has no disagreements.
 */
public final class DisagreementFinder {

    /**
     * A key used in at least this share of a story's sentences (and in three or more) is its background, not
     * evidence of a topic.
     */
    private static final double BACKGROUND_SHARE = 0.2;

    /** The detectors, in the order their conflicts are gathered. */
    private final List<ConflictDetector> detectors;
    private final int max;

    public DisagreementFinder(TermAnalyzer analyzer, int max) {
        this.detectors = List.of(new FigureConflicts(new FigureKind(analyzer)), new TimeConflicts(),
                new BlameConflicts(), new DenialConflicts(), new PlaceConflicts(), new PolarityConflicts(analyzer),
                new OpposedClaims(analyzer));
        this.max = max;
    }

    /**
     * What the detectors found in one story: the disagreements to report (at most {@code max}, strongest first),
     * and for every statement the sides of the conflicts it was put on, reported or not, so that any two
     * statements a detector put on opposite sides can be told apart. Sides are kept per statement, not per pair:
     * a conflict of a big story can have hundreds of statements on each side.
     */
    public static final class Findings {

        /** How two statements are set against each other. */
        public enum Opposition {
            /** Never on opposite sides. */
            NONE,
            /** On opposite sides of a claim: a denial, an opposite word, a different party blamed. */
            CLAIMS,
            /** On opposite sides of a figure, a time or a place: different values for the same thing. */
            VALUES
        }

        private static final int SIDE_BITS = 6;
        private final List<Disagreement> reported;
        /** By conflict index: whether it sets values against each other (figures, times, places). */
        private final boolean[] values;
        /** By conflict index: whether it sets places against each other. */
        private final boolean[] places;
        /** By statement id: conflict index shifted left by {@link #SIDE_BITS}, or'ed with the side, ascending. */
        private final Map<Integer, int[]> sidesOf;
        /** The statement ids on each side of each reported conflict over a claim (not a figure, time or place). */
        private final List<Set<Integer>> reportedClaimSides = new ArrayList<>();

        Findings(List<Conflict> chosen, List<Conflict> conflicts) {
            List<Disagreement> out = new ArrayList<>();
            for (Conflict c : chosen) {
                out.add(c.toDisagreement());
                if (!isValue(c)) {
                    for (List<Statement> side : c.sides()) {
                        Set<Integer> ids = new HashSet<>();
                        for (Statement s : side) {
                            ids.add(s.id());
                        }
                        reportedClaimSides.add(ids);
                    }
                }
            }
            this.reported = List.copyOf(out);
            this.values = new boolean[conflicts.size()];
            this.places = new boolean[conflicts.size()];
            Map<Integer, List<Integer>> sides = new HashMap<>();
            for (int c = 0; c < conflicts.size(); c++) {
                Conflict conflict = conflicts.get(c);
                places[c] = isPlace(conflict);
                values[c] = isValue(conflict);
                List<List<Statement>> both = conflicts.get(c).sides();
                for (int side = 0; side < both.size() && side < (1 << SIDE_BITS); side++) {
                    for (Statement s : both.get(side)) {
                        sides.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c << SIDE_BITS | side);
                    }
                }
            }
            this.sidesOf = new HashMap<>();
            for (Map.Entry<Integer, List<Integer>> e : sides.entrySet()) {
                sidesOf.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }

        private static boolean isPlace(Conflict c) {
            return c.subject().equals(PlaceConflicts.SUBJECT);
        }

        private static boolean isValue(Conflict c) {
            return c.kind().equals("number") || c.kind().equals("date") || isPlace(c);
        }

        public List<Disagreement> reported() {
            return reported;
        }

        /**
         * Whether all the statements (by id) stand on one side of a reported disagreement over a claim (a denial,
         * who is blamed, an opposite word), where the reader already sees them set against the other side.
         * Statements on different sides of it are not: they may agree on something else ("Kim called it an
         * alliance" in two reports, one of which adds that Putin did not).
         */
        public boolean oneSideOfReportedClaim(Collection<Integer> statements) {
            for (Set<Integer> side : reportedClaimSides) {
                if (side.containsAll(statements)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the statement (by id) stands on a side of a conflict over where something happened. */
        public boolean givesDisputedPlace(int statement) {
            int[] sides = sidesOf.get(statement);
            if (sides != null) {
                for (int side : sides) {
                    if (places[side >>> SIDE_BITS]) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * How the detectors set the two statements (by id) against each other: {@link Opposition#VALUES} when
         * some figure, time or place conflict has them on opposite sides, else {@link Opposition#CLAIMS} when a claim
         * conflict does.
         */
        public Opposition opposition(int statementA, int statementB) {
            int[] a = sidesOf.get(statementA);
            int[] b = sidesOf.get(statementB);
            Opposition found = Opposition.NONE;
            if (a == null || b == null) {
                return found;
            }
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                int conflict = a[i] >>> SIDE_BITS;
                int other = b[j] >>> SIDE_BITS;
                if (conflict < other) {
                    i++;
                } else if (conflict > other) {
                    j++;
                } else {
                    int iEnd = i;
                    while (iEnd < a.length && a[iEnd] >>> SIDE_BITS == conflict) {
                        iEnd++;
                    }
                    int jEnd = j;
                    while (jEnd < b.length && b[jEnd] >>> SIDE_BITS == conflict) {
                        jEnd++;
                    }
                    for (int x = i; x < iEnd; x++) {
                        for (int y = j; y < jEnd; y++) {
                            if (a[x] != b[y]) {
                                if (values[conflict]) {
                                    return Opposition.VALUES;
                                }
                                found = Opposition.CLAIMS;
                            }
                        }
                    }
                    i = iEnd;
                    j = jEnd;
                }
            }
            return found;
        }
    }

    public List<Disagreement> find(StoryReading reading) {
        return findAll(reading).reported();
    }

    public Findings findAll(StoryReading reading) {
        if (reading.story().independentSources() < 2) {
            return new Findings(List.of(), List.of());
        }
        Set<String> background = background(reading);
        List<Conflict> all = new ArrayList<>();
        for (ConflictDetector d : detectors) {
            all.addAll(d.find(reading, background));
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
        return new Findings(chosen, all);
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
