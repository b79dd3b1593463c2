package io.newsdigest.followup;

import io.newsdigest.quantity.Quantity;
import java.util.List;

/**
 * Whether a figure moved between days. Within a day "at least 40" and "112" can both be true; across days they
 * are a toll that rose. So two values are the same figure only when they could both be true and, where one of
 * them is open ("at least", "more than"), their written numbers are within rounding of each other.
 */
final class Figures {

    /** Relative difference of two written numbers still read as the same figure. */
    private static final double ROUNDING = 0.03;

    private Figures() {
    }

    /**
     * Whether {@code earlier} holds values for what {@code now} measures (same dimension, unit family, anchor) and
     * none of them is the same figure.
     */
    static boolean moved(Quantity now, List<Quantity> earlier) {
        boolean measured = false;
        for (Quantity q : earlier) {
            if (now.comparableWith(q) && now.anchor().equals(q.anchor())) {
                if (same(now, q)) {
                    return false;
                }
                measured = true;
            }
        }
        return measured;
    }

    static boolean same(Quantity a, Quantity b) {
        if (!a.compatibleWith(b)) {
            return false;
        }
        if (bounded(a) && bounded(b)) {
            return true;
        }
        double x = written(a);
        double y = written(b);
        return Math.abs(x - y) <= ROUNDING * Math.max(Math.abs(x), Math.abs(y));
    }

    private static boolean bounded(Quantity q) {
        return !Double.isInfinite(q.low()) && !Double.isInfinite(q.high());
    }

    /** The number as written: the finite bound of an open interval, else the middle. */
    static double written(Quantity q) {
        if (Double.isInfinite(q.high())) {
            return q.low();
        }
        if (Double.isInfinite(q.low())) {
            return q.high();
        }
        return (q.low() + q.high()) / 2;
    }
}
