package io.newsdigest.summary.disagreement;

import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Different figures for the same quantity: a death toll, the number injured, missing or evacuated, a count of
 * the same things, a magnitude, a depth, a distance, a sum of money. Only what measures the same thing is
 * compared ({@link FigureKind}): the same dimension and unit family, and for counts the same counted thing and
 * what happened to it, so "58 died" never meets "61 were on board". Qualifiers are respected ("at least 6" and
 * "9" agree) and units converted ("72 km" and "45 miles" agree).
 *
 * <p>Every distinct figure of a kind becomes a side (the best supported six), in ascending order, each quoting
 * one statement per source and naming the days its sources published it: a toll that rose from day to day, or
 * that outlets reported differently, is a difference all the same. A source may hold several sides (it reported
 * the toll rising); the conflict needs two sources. A figure that agrees with two sides ("around 500" beside
 * "471" and "at least 500") stands on neither. Not
 * compared: vague figures ("thousands"), parts of a total ("including 3 children", "205 of them critically", or
 * "64 on the jet and 3 in the helicopter" beside "67"), and figures in a sentence that dates them to another
 * year (an earlier disaster's toll).
 */
final class FigureConflicts implements ConflictDetector {

    /** A figure whose upper bound is more than this many times its lower bound says too little to differ. */
    private static final double VAGUE_RATIO = 3.5;

    /** Mentions of one kind compared, the story's most central kept beyond it. */
    private static final int MAX_MENTIONS = 250;
    /** How many times larger or smaller than the best supported figure another may be and still differ. */
    private static final double OUTLIER = 20;
    /** How far above its bound an open figure ("more than 60") is read to reach. */
    private static final double OPEN_BOUND = 1.5;
    /** Measurements that differ by less than this share are one value, rounded or converted. */
    private static final double ROUNDING = 0.03;
    /** Rounds of comparison of heights and sizes: the first thing measured, then up to two others. */
    private static final int MAX_ROUNDS = 3;
    /** Distinct figures shown, the best supported first. */
    private static final int MAX_SIDES = 6;

    private record Mention(Statement statement, Quantity quantity) {
    }

    private final FigureKind kinds;

    FigureConflicts(FigureKind kinds) {
        this.kinds = kinds;
    }

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        Map<String, List<Mention>> byKind = new TreeMap<>();
        for (Statement s : reading.statements()) {
            for (Quantity q : s.quantities()) {
                if (q.dimension().isTemporal() || q.dimension() == Dimension.AGE || vague(q)
                        || FigureKind.isPart(s, q) || FigureKind.isDifference(s, q)
                        || FigureKind.datedElsewhere(s, q)) {
                    continue;
                }
                String kind = kinds.of(s, q);
                if (kind != null) {
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Mention(s, q));
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byKind.entrySet()) {
            // heights and sizes of one story may be of different things ("the jet at 325 feet", "the helicopter at
            // 200 feet"): those of another thing than the first are compared among themselves in a next round
            List<Mention> rest = e.getValue();
            int rounds = e.getKey().equals(FigureKind.SIZE) ? MAX_ROUNDS : 1;
            for (int round = 0; round < rounds && rest.size() >= 2; round++) {
                List<Mention> unrelated = new ArrayList<>();
                Conflict c = conflict(reading, background, e.getKey() + (round == 0 ? "" : "#" + round), rest,
                        unrelated);
                if (c != null) {
                    out.add(c);
                }
                rest = unrelated;
            }
        }
        return out;
    }

    private static boolean vague(Quantity q) {
        return Double.isFinite(q.high()) && q.low() > 0 && q.high() / q.low() > VAGUE_RATIO;
    }

    /**
     * The sides of one kind: each source's figure joins the first side whose figure it agrees with, else opens a
     * new side when it is about the same thing as the sides so far. Null unless two sides remain.
     */
    private Conflict conflict(StoryReading reading, Set<String> background, String kind, List<Mention> mentions,
            List<Mention> unrelated) {
        if (mentions.size() < 2) {
            return null;
        }
        if (mentions.size() > MAX_MENTIONS) {
            mentions = new ArrayList<>(mentions);
            mentions.sort(Comparator.comparingDouble((Mention m) -> -reading.centrality(m.statement()))
                    .thenComparingInt(m -> m.statement().id()));
            mentions = mentions.subList(0, MAX_MENTIONS);
        }
        mentions = new ArrayList<>(mentions);
        mentions.sort(Comparator.comparing((Mention m) -> !m.quantity().exact())
                .thenComparingInt(m -> m.statement().position())
                .thenComparingDouble(m -> -reading.centrality(m.statement()))
                .thenComparingInt(m -> m.statement().id())
                .thenComparingInt(m -> m.quantity().firstToken()));
        List<List<Mention>> sides = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> joined = null;
            boolean related = sides.isEmpty();
            for (List<Mention> side : sides) {
                Mention seed = side.get(0);
                if (!kinds.sameSubject(reading, background, seed.statement(), seed.quantity(),
                        m.statement(), m.quantity())) {
                    continue;
                }
                related = true;
                if (joined == null && agree(seed.quantity(), m.quantity())) {
                    joined = side;
                }
            }
            if (joined != null) {
                if (joined.stream().noneMatch(x -> x.statement().source() == m.statement().source())) {
                    joined.add(m);
                }
            } else if (related) {
                sides.add(new ArrayList<>(List.of(m)));
            } else {
                unrelated.add(m);
            }
        }
        leaveOutBridges(reading, background, sides);
        sides.sort(Comparator.comparingInt((List<Mention> side) -> -side.size())
                .thenComparingInt(side -> side.get(0).statement().position()));
        double typical = sides.get(0).get(0).quantity().low();
        sides.removeIf(side -> outlier(side.get(0).quantity(), typical));
        List<List<Mention>> all = List.copyOf(sides);
        sides.removeIf(side -> partOfAnother(side, all));
        if (sides.size() > MAX_SIDES) {
            sides = new ArrayList<>(sides.subList(0, MAX_SIDES));
        }
        if (sides.size() < 2 || sources(sides) < 2) {
            return null;
        }
        Set<Statement> quoted = new HashSet<>();
        // sides with the fewest figures choose first: they have the fewest sentences to be shown by
        List<List<Mention>> fewestFirst = new ArrayList<>(sides);
        fewestFirst.sort(Comparator.comparingInt(List::size));
        for (List<Mention> side : fewestFirst) {
            Mention shown = shown(side, quoted);
            side.remove(shown);
            side.add(0, shown);
            quoted.add(shown.statement());
        }
        sides.sort(Comparator.comparingDouble((List<Mention> side) -> side.get(0).quantity().low())
                .thenComparingDouble(side -> side.get(0).quantity().high()));
        List<List<Statement>> statements = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (List<Mention> side : sides) {
            List<Statement> st = new ArrayList<>();
            for (Mention m : side) {
                st.add(m.statement());
            }
            statements.add(st);
            values.add(FigureKind.value(side.get(0).statement(), side.get(0).quantity())
                    + FigureKind.days(st));
        }
        String forecast = kind.contains(FigureKind.POSSIBLE) ? " (forecast)" : "";
        String topic = label(sides) + forecast + ": " + String.join(" / ", values);
        double strength = 1.5 + 0.25 * mentions.size() + 0.2 * (sides.size() - 2)
                + kinds.weight(sides.get(0).get(0).quantity());
        return new Conflict("number", "figure:" + kind, topic, statements, strength);
    }

    /**
     * The figure a side is shown by, and so quoted first and attributed to all its sources: the figure most of its
     * sources give that every other figure of the side agrees with, the one it was built on when as many give that.
     * A side built on one outlet's "143" that two others join with "at least 137" reads "at least 137", which all
     * three reported, and not "143" over sources that never gave it. A sentence already shown for another side
     * ({@code quoted}: one giving "more than 2,000" and "over 5,000") is not shown again when the side has another.
     */
    private static Mention shown(List<Mention> side, Set<Statement> quoted) {
        Mention best = side.get(0);
        int bestCount = 0;
        for (Mention m : side) {
            if (quoted.contains(m.statement()) && side.stream().anyMatch(o -> !quoted.contains(o.statement()))) {
                continue;
            }
            int same = 0;
            boolean agreesWithAll = true;
            for (Mention o : side) {
                same += o.quantity().low() == m.quantity().low() && o.quantity().high() == m.quantity().high() ? 1 : 0;
                agreesWithAll &= agree(m.quantity(), o.quantity());
            }
            if (agreesWithAll && same > bestCount) {
                best = m;
                bestCount = same;
            }
        }
        return best;
    }

    /**
     * Leaves out of its side each figure, other than the one the side is built on, that agrees with another side's
     * figure too ("around 500" beside "471" and "at least 500"): it cannot tell the two apart, so it stands on
     * neither, and a fact quoting it beside either is not contradicted. A figure that gives its own side's number
     * ("at least 471" beside "471") stays: it tells which it reports.
     */
    private void leaveOutBridges(StoryReading reading, Set<String> background, List<List<Mention>> sides) {
        for (List<Mention> side : sides) {
            for (int i = side.size() - 1; i >= 1; i--) {
                Mention m = side.get(i);
                if (m.quantity().low() == side.get(0).quantity().low()) {
                    continue; // "at least 471" beside "471" gives that very number
                }
                for (List<Mention> other : sides) {
                    Mention seed = other.get(0);
                    if (other != side && agree(seed.quantity(), m.quantity()) && kinds.sameSubject(reading,
                            background, seed.statement(), seed.quantity(), m.statement(), m.quantity())) {
                        side.remove(i);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Whether a side's figure is a part that its own sentence completes to another side's figure: "all 64 people
     * aboard the jet, along with the three soldiers in the helicopter" gives the parts of "67 people aboard", so
     * the two agree.
     */
    private static boolean partOfAnother(List<Mention> side, List<List<Mention>> sides) {
        for (Mention m : side) {
            if (!m.quantity().exact()) {
                continue;
            }
            for (Quantity other : m.statement().quantities()) {
                if (other == m.quantity() || !other.exact() || other.dimension() != m.quantity().dimension()) {
                    continue;
                }
                double whole = m.quantity().low() + other.low();
                for (List<Mention> s : sides) {
                    Quantity q = s.get(0).quantity();
                    if (s != side && q.exact() && q.low() == whole) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a figure is so far from the best supported one (by more than {@link #OUTLIER} times) that it
     * cannot measure the same thing: a population beside a toll, a fraction beside a total.
     */
    private static boolean outlier(Quantity q, double typical) {
        double v = Double.isFinite(q.high()) ? (q.low() + q.high()) / 2 : q.low();
        return typical > 0 && v > 0 && (v / typical > OUTLIER || typical / v > OUTLIER);
    }

    /**
     * Whether two figures of one kind report the same value. Intervals must meet, with 3% for rounding when
     * they are written in different units ("72 km", "45 miles") or measure a length, an area, a weight, a speed
     * or a duration ("71 km" and "72 km" from the same place), and an open bound read as a report, not as
     * logic: "more than 5,300" reports a figure near 5,300 (up to half as much again), so it agrees with "at
     * least 5,000" and "5,600" but differs from "11,300".
     */
    static boolean agree(Quantity a, Quantity b) {
        boolean measured = a.dimension() != Dimension.COUNT && a.dimension() != Dimension.MAGNITUDE
                && a.dimension() != Dimension.PERCENT && a.dimension() != Dimension.MONEY;
        double tol = measured || !a.writtenIn().equals(b.writtenIn()) ? ROUNDING : 0;
        double[] x = reported(a);
        double[] y = reported(b);
        return x[0] <= y[1] * (1 + tol) && y[0] <= x[1] * (1 + tol);
    }

    private static double[] reported(Quantity q) {
        double high = q.high();
        if (!Double.isFinite(high) && q.low() > 0) {
            high = q.low() * OPEN_BOUND;
        }
        return new double[] {q.low(), high};
    }

    /**
     * What the figures measure, from the first side that names it, in the plural: "the bodies of four people"
     * names nothing the other side's "eight bodies" does not, so the heading is "Number of bodies" rather than
     * "Number", and "only one controller" against "five controllers" is headed by the five.
     */
    private String label(List<List<Mention>> sides) {
        String fallback = null;
        for (boolean plural : new boolean[] {true, false}) {
            for (List<Mention> side : sides) {
                Mention m = side.get(0);
                if (plural && m.quantity().low() == 1 && m.quantity().high() == 1) {
                    continue;
                }
                String label = kinds.label(m.statement(), m.quantity());
                if (kinds.names(m.statement(), m.quantity())) {
                    return label;
                }
                fallback = fallback == null ? label : fallback;
            }
        }
        return fallback;
    }

    private static long sources(List<List<Mention>> sides) {
        return sides.stream().flatMap(List::stream).map(m -> m.statement().source()).distinct().count();
    }
}
