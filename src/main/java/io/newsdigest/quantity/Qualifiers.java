package io.newsdigest.quantity;

import java.util.Set;

/**
 * Reads the qualifier of a number into the interval of values it allows: an open bound before it ("at least",
 * "more than", "over", "in excess of" up to infinity; "up to", "fewer than", "as many as" down to zero, or minus
 * infinity for a temperature), a near miss ("nearly", "close to": from 85% of the value), an approximation
 * ("about", "some", "or so": as far as the figure's rounding, 2% to 12% either way), and "or more", "plus" or "+" after it. A currency sign or minus
 * sign between the qualifier and the number is read through.
 */
final class Qualifiers {

    private static final Set<String> ABOVE_TWO_WORDS = Set.of("at least", "more than", "in excess", "upwards of",
            "no fewer", "no less", "greater than", "higher than");
    private static final Set<String> ABOVE_ONE_WORD = Set.of("over", "above", "exceeding", "beyond");
    private static final Set<String> BELOW_TWO_WORDS = Set.of("at most", "up to", "less than", "fewer than",
            "no more", "as many", "lower than");
    private static final Set<String> BELOW_ONE_WORD = Set.of("under", "below", "maximum");
    private static final Set<String> NEARLY = Set.of("nearly", "almost");
    private static final Set<String> ABOUT = Set.of("about", "around", "approximately", "roughly", "some",
            "estimated", "circa", "approx", "reportedly");

    private Qualifiers() {
    }

    /**
     * Emits the quantity stated by tokens s..e as the interval its qualifiers allow.
     *
     * @param v     the value (the low end when {@code upper} is given)
     * @param upper the high end of a written range, or NaN
     * @param r     the rounding a scale word implies ("1.2 million" is 1.15 to 1.25 million), 0 when none
     */
    static void apply(SentencePass p, Dimension d, String family, String writtenIn, double v, double upper,
            double r, int s, int e, String anchor) {
        double lo = v - r;
        double hi = Double.isNaN(upper) ? v + r : upper;
        String q1 = p.norm(s - 1);
        if (Units.currencyOfSign(q1) != null || q1.equals("-") || q1.equals("minus")) {
            q1 = p.norm(s - 2);
            s = s - 1;
        }
        String q2 = p.norm(s - 2) + " " + q1;
        String q3 = p.norm(s - 3) + " " + q2;
        if (ABOVE_TWO_WORDS.contains(q2) || ABOVE_ONE_WORD.contains(q1)
                || q3.equals("in excess of") || q3.equals("no fewer than") || q3.equals("no less than")) {
            hi = Double.POSITIVE_INFINITY;
        } else if (BELOW_TWO_WORDS.contains(q2) || BELOW_ONE_WORD.contains(q1)
                || q3.equals("no more than") || q3.equals("as many as")) {
            lo = d == Dimension.TEMPERATURE ? Double.NEGATIVE_INFINITY : 0;
        } else if (NEARLY.contains(q1) || q2.equals("close to") || q2.equals("just under")) {
            lo = v * 0.85;
        } else if (ABOUT.contains(q1) || q2.equals("or so")) {
            double spread = approximation(v);
            lo = Math.min(lo, v - spread);
            hi = Math.max(hi, v + spread);
        }
        String n1 = p.norm(e + 1);
        String n2 = p.norm(e + 2);
        if (n1.equals("or") && (n2.equals("more") || n2.equals("so")) || n1.equals("plus") || n1.equals("+")) {
            if (n2.equals("so")) {
                lo = Math.min(lo, v - approximation(v));
            }
            hi = Math.max(hi, n2.equals("so") ? v + approximation(v) : Double.POSITIVE_INFINITY);
        }
        p.emit(d, family, writtenIn, lo, hi, anchor, s, e);
    }

    /**
     * How far either way an approximate figure reaches: as far as the rounding its digits show, at most 12% and
     * at least 2% of it. "About 500" is 440 to 560; "some 77" is 75.5 to 78.5, since a figure written to the
     * unit was not rounded to the ten.
     */
    static double approximation(double v) {
        double a = Math.abs(v);
        double unit = 1;
        if (a >= 1 && a == Math.rint(a)) {
            while (unit * 10 <= a && Math.rint(a / (unit * 10)) == a / (unit * 10)) {
                unit *= 10;
            }
        } else {
            unit = 0.001;
            for (double u = 0.1; u >= 0.001; u /= 10) {
                if (Math.abs(a / u - Math.rint(a / u)) < 1e-6) {
                    unit = u;
                    break;
                }
            }
        }
        return Math.min(0.12 * a, Math.max(unit, 0.02 * a));
    }
}
