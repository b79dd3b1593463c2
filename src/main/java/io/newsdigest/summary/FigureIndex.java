package io.newsdigest.summary;

import io.newsdigest.quantity.Quantity;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a story's statements, indexed so that "does another source state a figure compatible with this
 * one?" costs a binary search, not a pass over every figure of the story: the same answer as trying
 * {@link Quantity#compatibleWith} against each comparable quantity of every other source, in time
 * O(log n) per question after an O(n log n) build.
 *
 * <p>Figures are shelved by dimension, unit family and the unit they were written in (figures in the same written
 * unit compare exactly, in different ones with a rounding tolerance). On a shelf, intervals are sorted by their
 * lower end; for each prefix the two highest upper ends from different sources are kept, so the question "an
 * interval of another source starts below my upper end and ends above my lower end" is one lookup.
 */
final class FigureIndex {

    /** The tolerance {@link Quantity#compatibleWith} allows between different written units. */
    private static final double OTHER_UNIT_TOLERANCE = 0.03;
    private static final double SLACK = 1e-9;

    private final Map<String, Map<String, Shelf>> shelves = new HashMap<>();

    FigureIndex() {
    }

    /** The figures of these statements. */
    static FigureIndex of(List<Statement> statements) {
        FigureIndex index = new FigureIndex();
        for (Statement s : statements) {
            for (Quantity q : s.quantities()) {
                index.add(q, s.source());
            }
        }
        return index;
    }

    /** Adds a figure stated by {@code source}; to be called before the first question. */
    void add(Quantity q, int source) {
        shelves.computeIfAbsent(family(q), k -> new HashMap<>())
                .computeIfAbsent(q.writtenIn(), k -> new Shelf()).add(q, source);
    }

    /** Whether a source other than {@code source} states a quantity comparable and compatible with {@code q}. */
    boolean mentionedElsewhere(Quantity q, int source) {
        Map<String, Shelf> family = shelves.get(family(q));
        if (family == null) {
            return false;
        }
        for (Map.Entry<String, Shelf> e : family.entrySet()) {
            double tolerance = e.getKey().equals(q.writtenIn()) ? 0 : OTHER_UNIT_TOLERANCE;
            if (e.getValue().meets(q, source, tolerance)) {
                return true;
            }
        }
        return false;
    }

    private static String family(Quantity q) {
        return q.dimension() + ":" + q.unit();
    }

    /** The intervals of one written unit, with a lookup table per tolerance asked for. */
    private static final class Shelf {
        private double[] lows = new double[8];
        private double[] highs = new double[8];
        private int[] sources = new int[8];
        private int size;
        private final Map<Double, Sorted> sorted = new HashMap<>(2);

        void add(Quantity q, int source) {
            if (size == lows.length) {
                lows = Arrays.copyOf(lows, size * 2);
                highs = Arrays.copyOf(highs, size * 2);
                sources = Arrays.copyOf(sources, size * 2);
            }
            lows[size] = q.low();
            highs[size] = q.high();
            sources[size++] = source;
        }

        boolean meets(Quantity q, int source, double tolerance) {
            return sorted.computeIfAbsent(tolerance, this::sort)
                    .meets(shrink(q.low(), tolerance), grow(q.high(), tolerance), source);
        }

        private Sorted sort(double tolerance) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(shrink(lows[x], tolerance), shrink(lows[y], tolerance)));
            Sorted t = new Sorted(size);
            for (int k = 0; k < size; k++) {
                int i = order[k];
                t.put(k, shrink(lows[i], tolerance), grow(highs[i], tolerance), sources[i]);
            }
            return t;
        }
    }

    /**
     * Intervals by lower end; for each prefix, the highest upper end with its source, and the highest upper end
     * of any other source.
     */
    private static final class Sorted {
        private final double[] lows;
        private final double[] bestHigh;
        private final int[] bestSource;
        private final double[] otherHigh;

        Sorted(int n) {
            lows = new double[n];
            bestHigh = new double[n];
            bestSource = new int[n];
            otherHigh = new double[n];
        }

        void put(int k, double low, double high, int source) {
            lows[k] = low;
            double best = k == 0 ? Double.NEGATIVE_INFINITY : bestHigh[k - 1];
            int bestOf = k == 0 ? Integer.MIN_VALUE : bestSource[k - 1];
            double other = k == 0 ? Double.NEGATIVE_INFINITY : otherHigh[k - 1];
            if (source == bestOf) {
                best = Math.max(best, high);
            } else if (high > best) {
                other = best;
                best = high;
                bestOf = source;
            } else {
                other = Math.max(other, high);
            }
            bestHigh[k] = best;
            bestSource[k] = bestOf;
            otherHigh[k] = other;
        }

        /** Whether an interval of a source other than {@code source} meets [{@code low}, {@code high}]. */
        boolean meets(double low, double high, int source) {
            int k = lastStartingBy(high + SLACK);
            if (k < 0) {
                return false;
            }
            double reach = bestSource[k] != source ? bestHigh[k] : otherHigh[k];
            return low <= reach + SLACK;
        }

        /** The last position whose lower end is at most {@code limit}, or -1. */
        private int lastStartingBy(double limit) {
            int lo = 0;
            int hi = lows.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (lows[mid] <= limit) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }
    }

    private static double shrink(double v, double tol) {
        return v >= 0 ? v * (1 - tol) : v * (1 + tol);
    }

    private static double grow(double v, double tol) {
        return v >= 0 ? v * (1 + tol) : v * (1 - tol);
    }
}
