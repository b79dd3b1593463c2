package io.newsdigest.quantity;

import java.util.HashMap;
import java.util.Map;

/** Units of measure and currencies as written after (or, for currency signs, before) a number. */
public final class Units {

    /** A unit: its dimension, the family that must match, the factor and offset to the base unit, its name. */
    record Unit(Dimension dimension, String family, double factor, double offset, String name) {

        double toBase(double v) {
            return v * factor + offset;
        }
    }

    private static final Map<String, Unit> WORDS = new HashMap<>();
    private static final Map<String, String> SIGNS = Map.of("$", "usd", "€", "eur", "£", "gbp", "¥", "jpy", "₹",
            "inr");

    static {
        add(Dimension.LENGTH, "m", 1, "metre", "metres", "meter", "meters", "m");
        add(Dimension.LENGTH, "km", 1000, "km", "kilometre", "kilometres", "kilometer", "kilometers", "kms");
        add(Dimension.LENGTH, "cm", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        add(Dimension.LENGTH, "mm", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        add(Dimension.LENGTH, "mi", 1609.344, "mile", "miles", "mi");
        add(Dimension.LENGTH, "ft", 0.3048, "ft", "foot", "feet");
        add(Dimension.LENGTH, "in", 0.0254, "inch", "inches");
        add(Dimension.LENGTH, "yd", 0.9144, "yard", "yards", "yd");
        add(Dimension.MASS, "kg", 1, "kg", "kilogram", "kilograms", "kilo", "kilos", "kgs");
        add(Dimension.MASS, "g", 0.001, "gram", "grams");
        add(Dimension.MASS, "t", 1000, "tonne", "tonnes", "ton", "tons");
        add(Dimension.MASS, "lb", 0.45359237, "lb", "lbs");
        add(Dimension.AREA, "ha", 0.01, "hectare", "hectares", "ha");
        add(Dimension.AREA, "acre", 0.0040468564, "acre", "acres");
        add(Dimension.SPEED, "kmh", 1, "kph", "kmh");
        add(Dimension.SPEED, "mph", 1.609344, "mph");
        add(Dimension.SPEED, "kn", 1.852, "knot", "knots");
        add(Dimension.DURATION, "s", 1, "second", "seconds", "sec", "secs");
        add(Dimension.DURATION, "min", 60, "minute", "minutes", "mins");
        add(Dimension.DURATION, "h", 3600, "hour", "hours", "hrs");
        add(Dimension.DURATION, "d", 86400, "day", "days");
        add(Dimension.DURATION, "wk", 604800, "week", "weeks");
        add(Dimension.DURATION, "mo", 2629800, "month", "months");
        add(Dimension.DURATION, "yr", 31557600, "year", "years");
        add(Dimension.DURATION, "decade", 315576000, "decade", "decades");
        add(Dimension.DURATION, "century", 3155760000.0, "century", "centuries");
        add(Dimension.PERCENT, "%", 1, "percent", "pct");
        money("usd", "dollar", "dollars", "usd");
        money("eur", "euro", "euros", "eur");
        money("gbp", "sterling", "gbp");
        money("jpy", "yen", "jpy");
        money("cny", "yuan", "renminbi", "cny");
        money("inr", "rupee", "rupees", "inr");
    }

    private Units() {
    }

    private static void add(Dimension d, String name, double factor, String... words) {
        Unit u = new Unit(d, "", factor, 0, name);
        for (String w : words) {
            WORDS.put(w, u);
        }
    }

    private static void money(String code, String... words) {
        Unit u = currency(code);
        for (String w : words) {
            WORDS.put(w, u);
        }
    }

    /** Whether a word (normalized) names a unit: "km", "miles", "percent", "euros". */
    public static boolean isUnitWord(String norm) {
        return WORDS.containsKey(norm);
    }

    /** The unit a word names, or {@code null}. */
    static Unit ofWord(String norm) {
        return WORDS.get(norm);
    }

    /** The currency a sign stands for, or {@code null}. */
    static String currencyOfSign(String sign) {
        return SIGNS.get(sign);
    }

    static Unit currency(String code) {
        return new Unit(Dimension.MONEY, code, 1, 0, code);
    }

    static Unit celsius() {
        return new Unit(Dimension.TEMPERATURE, "", 1, 0, "c");
    }

    static Unit fahrenheit() {
        return new Unit(Dimension.TEMPERATURE, "", 5.0 / 9.0, -160.0 / 9.0, "f");
    }
}
