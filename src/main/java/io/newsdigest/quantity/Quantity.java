package io.newsdigest.quantity;

import java.util.Set;

/**
 * A number a sentence states, read as the interval of values it allows: "at least 6" is [6, +inf), "about
 * 300 m" is [270, 330] metres, "984 feet" is 299.9 metres.
 *
 * @param dimension  what is measured
 * @param unit       the unit family that must match for two quantities to compare: a currency, a time zone,
 *                   or empty
 * @param writtenIn  the unit as written, normalized ("ft", "m", "usd"); quantities written in different units
 *                   compare with a rounding tolerance
 * @param low        the smallest value allowed, in the dimension's base unit
 * @param high       the largest value allowed
 * @param anchor     what is counted or timed, as a concept key ("person/kill", "home/"), empty when unknown
 * @param context    concept keys of the words around the number, to tell whether two quantities are about the
 *                   same thing
 * @param firstToken index of the first token of the mention
 * @param lastToken  index of the last token of the mention
 */
public record Quantity(Dimension dimension, String unit, String writtenIn, double low, double high, String anchor,
        Set<String> context, int firstToken, int lastToken) {

    public Quantity {
        context = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(context));
    }

    /** Whether both quantities measure the same dimension in the same unit family. */
    public boolean comparableWith(Quantity other) {
        return dimension == other.dimension && unit.equals(other.unit);
    }

    /**
     * Whether both could be true of the same thing: their intervals meet, allowing 3% for rounding when they
     * were written in different units. Quantities that do not compare are compatible.
     */
    public boolean compatibleWith(Quantity other) {
        if (!comparableWith(other)) {
            return true;
        }
        double tol = writtenIn.equals(other.writtenIn) ? 0 : 0.03;
        double lo1 = shrink(low, tol);
        double hi1 = grow(high, tol);
        double lo2 = shrink(other.low, tol);
        double hi2 = grow(other.high, tol);
        return lo1 <= hi2 + 1e-9 && lo2 <= hi1 + 1e-9;
    }

    /** Whether the interval is a single value (no bound or approximation). */
    public boolean exact() {
        return low == high;
    }

    private static double shrink(double v, double tol) {
        return v >= 0 ? v * (1 - tol) : v * (1 + tol);
    }

    private static double grow(double v, double tol) {
        return v >= 0 ? v * (1 + tol) : v * (1 - tol);
    }
}
