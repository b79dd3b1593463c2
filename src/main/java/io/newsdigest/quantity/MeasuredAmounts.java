package io.newsdigest.quantity;

import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a number as the amount it states, from what is written around it: a scale word ("1.2 million", "$5m",
 * "3bn"), a range ("5 to 7", "5-7", "100-to-300", "between 5 and 7"), then the first that fits of a currency (sign before, as in
 * "$", "US$", "€", or word after), a percent ("5%", "5 per cent"), a temperature ("-3°C", "212 degrees
 * Fahrenheit", in Celsius), a magnitude ("magnitude 6.4", "6.4-magnitude", "M6.4"), an age ("aged 40", "a
 * 40-year-old"), a unit of measure ("984 feet", in the base unit; a duration followed by "ago" is no amount), a
 * plain number from 1500 to 2100 (a year), and otherwise a count. Every one goes through {@link Qualifiers}. A
 * number that labels a thing ("Article 4", "Flight 370", "No 10", "#3") is taken and not read.
 */
final class MeasuredAmounts {

    /** Words that may open a sentence before a number without naming anything ("Nearly 40,000 ..."). */
    private static final Set<String> QUALIFIERS = Set.of("nearly", "almost", "roughly", "approximately", "around",
            "about", "some", "over", "under", "fewer", "less", "exactly", "estimated", "only", "just", "another",
            "aged", "killing", "injuring", "below", "above", "circa", "maybe", "perhaps", "precisely");

    private final Counts counts;

    /** @param counts reads the numbers that state no measure */
    MeasuredAmounts(Counts counts) {
        this.counts = counts;
    }

    /** Reads the digits at i ("40,000", "6.4"); digits that make no number are taken and not read. */
    void readDigits(SentencePass p, int i) {
        String n = p.norm(i);
        double v;
        try {
            v = Double.parseDouble(n.replace(",", ""));
        } catch (NumberFormatException e) {
            p.use(i);
            return;
        }
        int dot = n.indexOf('.');
        int decimals = dot < 0 ? 0 : n.length() - dot - 1;
        read(p, v, decimals, i, i, n.contains(","));
    }

    /**
     * Reads the number {@code value} written at tokens s..e.
     *
     * @param decimals digits written after the decimal point
     * @param grouped  whether it was written with thousands separators (then it is no year)
     */
    void read(SentencePass p, double value, int decimals, int s, int e, boolean grouped) {
        for (int k = s; k <= e; k++) {
            p.use(k);
        }
        if (isLabel(p, s)) {
            return;
        }
        String currency = currencyBefore(p, s);
        double v = value;
        boolean scaled = false;
        Double sc = NumberWords.scale(p.norm(e + 1));
        if (sc == null && p.norm(e + 1).equals("m") && currency != null) {
            sc = 1e6;
        }
        if (sc != null && !(p.norm(e + 1).equals("k") && currency == null)) {
            v *= sc;
            e++;
            p.use(e);
            scaled = true;
        }
        double r = scaled ? (decimals > 0 ? 0.5 * Math.pow(10, -decimals) * (v / value) : 0.05 * v) : 0;
        // range: "5 to 7", "5-7", "between 5 and 7", "the 100-to-300 range"
        double upper = Double.NaN;
        String joiner = p.norm(e + 1);
        int gap = joiner.equals("-") && p.norm(e + 2).equals("to") && p.norm(e + 3).equals("-") ? 4 : 2;
        if ((gap == 4 || joiner.equals("to") || joiner.equals("-") || (joiner.equals("and") && between(p, s)))
                && p.isNum(e + gap)) {
            try {
                upper = Double.parseDouble(p.norm(e + gap).replace(",", "")) * (scaled ? v / value : 1);
                e += gap;
                p.use(e);
            } catch (NumberFormatException ex) {
                upper = Double.NaN;
            }
        }
        int after = e + 1;
        if (p.norm(after).equals("-")) {
            after++;
        }
        if (currency != null || Units.ofWord(p.norm(after)) != null
                && Units.ofWord(p.norm(after)).dimension() == Dimension.MONEY) {
            Units.Unit u = currency != null ? Units.currency(currency) : Units.ofWord(p.norm(after));
            int end = currency != null ? e : after;
            Qualifiers.apply(p, Dimension.MONEY, u.family(), u.name(), v, upper, r, s, end, "");
            return;
        }
        if (p.norm(after).equals("%") || p.norm(after).equals("percent") || p.norm(after).equals("pct")
                || p.norm(after).equals("per") && p.norm(after + 1).equals("cent")) {
            int end = p.norm(after).equals("per") ? after + 1 : after;
            Qualifiers.apply(p, Dimension.PERCENT, "", "%", v, upper, r, s, end, "");
            return;
        }
        if (p.norm(after).equals("°") || p.norm(after).equals("degrees")) {
            String scaleWord = p.norm(after + 1);
            Units.Unit u = scaleWord.equals("f") || scaleWord.equals("fahrenheit") ? Units.fahrenheit()
                    : Units.celsius();
            double sign = p.norm(s - 1).equals("-") || p.norm(s - 1).equals("minus") ? -1 : 1;
            double val = u.toBase(sign * v);
            int end = (scaleWord.equals("c") || scaleWord.equals("f") || scaleWord.equals("celsius")
                    || scaleWord.equals("fahrenheit")) ? after + 1 : after;
            Qualifiers.apply(p, Dimension.TEMPERATURE, "", u.name(), val, Double.NaN, 0, s, end, "");
            return;
        }
        boolean magnitudeBefore = p.norm(s - 1).equals("magnitude") || p.norm(s - 2).equals("magnitude")
                && (p.norm(s - 1).equals("-") || p.norm(s - 1).equals("of"));
        if (magnitudeBefore || p.norm(after).equals("magnitude") || p.norm(s - 1).equals("m")
                && p.token(s - 1).text().equals("M")) {
            Qualifiers.apply(p, Dimension.MAGNITUDE, "", "", v, upper, r, s, after, "");
            return;
        }
        if (p.norm(s - 1).equals("aged") || p.norm(after).equals("year") && p.norm(after + 1).equals("-")
                && p.norm(after + 2).equals("old") || p.norm(after).equals("years") && p.norm(after + 1)
                .equals("old")) {
            int end = p.norm(s - 1).equals("aged") ? e : after + (p.norm(after + 1).equals("-") ? 2 : 1);
            Qualifiers.apply(p, Dimension.AGE, "", "", v, upper, r, s, end, "");
            return;
        }
        Units.Unit unit = Units.ofWord(p.norm(after));
        if (unit != null && p.norm(after).equals("m") && !p.token(after).text().equals("m")) {
            unit = null;
        }
        if (unit != null) {
            if (unit.dimension() == Dimension.DURATION && p.norm(after + 1).equals("ago")) {
                return;
            }
            double up = Double.isNaN(upper) ? upper : unit.toBase(upper);
            double rr = r * unit.factor();
            Qualifiers.apply(p, unit.dimension(), unit.family(), unit.name(), unit.toBase(v), up, rr, s, after, "");
            return;
        }
        if (!scaled && !grouped && decimals == 0 && v >= 1500 && v <= 2100 && Double.isNaN(upper)) {
            CalendarDates.yearOrDecade(p, v, s, e);
            return;
        }
        counts.read(p, v - r, Double.isNaN(upper) ? v + r : upper, s, e, e + 1);
    }

    private static boolean between(SentencePass p, int s) {
        return p.norm(s - 1).equals("between") || p.norm(s - 2).equals("between");
    }

    /** Whether the number at s names a thing rather than counting: "Article 4", "Boeing 737". */
    private static boolean isLabel(SentencePass p, int s) {
        if (s == 0) {
            return false;
        }
        Token prev = p.token(s - 1);
        if (prev.norm().equals("no") && s + 0 < p.size() && prev.text().equals("No")) {
            return true;
        }
        if (prev.norm().equals("#")) {
            return true;
        }
        boolean initial = s - 1 == 0;
        return prev.isWord() && prev.capitalized() && !CalendarDates.isMonth(prev.norm())
                && !CalendarDates.isWeekday(prev.norm()) && !prev.norm().equals("m")
                && !prev.text().equals("US") && Units.ofWord(prev.norm()) == null
                && !(initial && (Stopwords.isStopword(prev.norm()) || QUALIFIERS.contains(prev.norm())));
    }

    /** The currency of a sign before the number at s ("$", "€"), made precise by a code before it ("US$"). */
    private static String currencyBefore(SentencePass p, int s) {
        String sign = p.norm(s - 1);
        String c = Units.currencyOfSign(sign);
        if (c != null) {
            String before = p.norm(s - 2);
            if (sign.equals("$") && !before.isEmpty() && p.token(s - 2).isWord()
                    && p.token(s - 2).text().length() <= 3 && p.token(s - 2).text().equals(
                    p.token(s - 2).text().toUpperCase(Locale.ROOT))) {
                return before.equals("us") ? "usd" : before + "d";
            }
        }
        return c;
    }
}
