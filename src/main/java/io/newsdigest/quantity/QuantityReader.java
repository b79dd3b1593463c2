package io.newsdigest.quantity;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Term;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the numbers a sentence states and reads each as a {@link Quantity}: digits or words ("twelve", "1.2
 * million", "dozens"), with a qualifier before ("at least", "about", "more than") or after ("or more"), a
 * currency sign, a unit ("984 feet", "300m", "5 per cent", "-3°C"), a magnitude, an age, a year, a date
 * ("June 19", "19 June", "Dec. 4", "2024-06-19"), a weekday or a time of day ("3:45 p.m. GMT", "noon").
 * Numbers that label a thing ("Article 4", "Flight 370") are not quantities. Never throws.
 */
public final class QuantityReader {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
            "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Words that may open a sentence before a number without naming anything ("Nearly 40,000 ..."). */
    private static final Set<String> QUALIFIERS = Set.of("nearly", "almost", "roughly", "approximately", "around",
            "about", "some", "over", "under", "fewer", "less", "exactly", "estimated", "only", "just", "another",
            "aged", "killing", "injuring", "below", "above", "circa", "maybe", "perhaps", "precisely");

    private static final Set<String> TIME_ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst",
            "cdt", "mst", "mdt", "pst", "pdt", "jst", "kst", "ist", "aest", "et", "pt", "ct");

    private static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "person", "civilians", "civilian",
            "individuals", "victims", "others", "residents", "adults", "men", "women");

    private static final Set<String> MODIFIERS = Set.of("more", "other", "additional", "further", "extra", "new",
            "of", "the", "their", "its", "his", "her", "our", "young", "old", "small", "large", "big",
            "major", "minor", "separate", "different", "total", "known", "confirmed", "reported", "suspected");

    /** Verbs of having: a count they govern is a size ("had 100,000 inhabitants"), not a toll. */
    private static final Set<String> HAVING = Set.of("had", "has", "have", "having");

    /** Nouns that say what a measurement (not a count) is of. */
    private static final Set<String> MEASURE_NOUNS = Set.of("depth", "deep", "height", "high", "tall", "length",
            "long", "width", "wide", "distance", "offshore", "altitude", "speed", "radius", "diameter", "area",
            "earthquake", "aftershock", "shares", "stock", "price", "prices", "cost", "costs", "fine", "budget",
            "revenue", "profit", "loss", "salary", "wage", "compensation", "funds", "damages", "ransom",
            "inflation", "unemployment", "growth", "turnout", "rate", "interest", "sentence", "temperature",
            "weight", "tax", "tariff", "debt", "valuation", "sales", "bail");

    /** Concepts that say what happened to the people counted. */
    private static final Set<String> EVENT_WORDS = Set.of("kill", "injure", "missing", "arrest", "evacuate",
            "rescue", "hospital", "survive", "survivors", "infected", "cases", "deported", "displaced", "trapped",
            "jailed", "charged", "fired", "laid", "sacked", "hired", "affected", "stranded", "homeless");

    private final TermAnalyzer analyzer;
    private final Set<String> eventKeys = new TreeSet<>();
    private final Set<String> personKeys = new TreeSet<>();
    private final Set<String> measureKeys = new TreeSet<>();
    /** Bodies are counted as found or recovered, never as the toll. */
    private final String bodiesKey;
    private final String killKey;

    public QuantityReader(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (String w : EVENT_WORDS) {
            eventKeys.add(analyzer.key(w, false));
        }
        for (String w : PERSON_NOUNS) {
            personKeys.add(analyzer.key(w, false));
        }
        for (String w : MEASURE_NOUNS) {
            measureKeys.add(analyzer.key(w, false));
        }
        bodiesKey = analyzer.key("bodies", false);
        killKey = analyzer.key("killed", false);
    }

    /** The quantities of one sentence, in reading order. */
    public List<Quantity> read(List<Token> tokens) {
        return read(tokens, analyzer.terms(tokens));
    }

    /** The quantities of one sentence already analyzed (its terms made by an equal analyzer), in reading order. */
    public List<Quantity> read(AnalyzedSentence sentence) {
        return read(sentence.tokens(), sentence.terms());
    }

    private List<Quantity> read(List<Token> tokens, List<Term> terms) {
        String[] keys = new String[tokens.size()];
        for (Term t : terms) {
            if (!t.key().startsWith("#")) {
                keys[t.token()] = t.key();
            }
        }
        return new Pass(tokens, keys).run();
    }

    /** One left-to-right pass over a sentence. */
    private final class Pass {
        private final List<Token> tokens;
        private final String[] keys;
        private final boolean[] used;
        private final List<Quantity> out = new ArrayList<>();

        Pass(List<Token> tokens, String[] keys) {
            this.tokens = tokens;
            this.keys = keys;
            this.used = new boolean[tokens.size()];
        }

        List<Quantity> run() {
            for (int i = 0; i < tokens.size(); i++) {
                if (used[i]) {
                    continue;
                }
                Token t = tokens.get(i);
                if (t.isWord() && t.capitalized() && MONTHS.containsKey(t.norm())) {
                    monthFirst(i);
                } else if (t.isWord() && t.capitalized() && WEEKDAYS.containsKey(t.norm())) {
                    emit(Dimension.WEEKDAY, "", "", WEEKDAYS.get(t.norm()), WEEKDAYS.get(t.norm()), "", i, i);
                } else if (t.isWord() && (t.norm().equals("noon") || t.norm().equals("midday")
                        || t.norm().equals("midnight"))) {
                    double m = t.norm().equals("midnight") ? 0 : 720;
                    clock(m, i, i);
                } else if (t.isNumber()) {
                    number(i);
                } else if (t.isWord()) {
                    spelled(i);
                }
            }
            return out;
        }

        private String norm(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
        }

        private boolean isNum(int i) {
            return i >= 0 && i < tokens.size() && tokens.get(i).isNumber();
        }

        private Integer plainInt(int i) {
            if (!isNum(i)) {
                return null;
            }
            String n = norm(i);
            if (n.length() > 9 || n.contains(".") || n.contains(",") || n.contains(":")) {
                return null;
            }
            return Integer.parseInt(n);
        }

        private void monthFirst(int i) {
            int month = MONTHS.get(norm(i));
            int j = i + 1;
            if (norm(j).equals(".")) {
                j++;
            }
            Integer day = plainInt(j);
            if (day != null && day >= 1 && day <= 31 && norm(j).length() <= 2) {
                emit(Dimension.DATE, "", "", month * 100 + day, month * 100 + day, "", i, j);
                int k = j + 1;
                if (norm(k).equals(",")) {
                    k++;
                }
                year(k);
                return;
            }
            Integer y = plainInt(j);
            boolean months = norm(i).length() > 3 && !norm(i).equals("may") && !norm(i).equals("march");
            if (y != null && norm(j).length() == 4) {
                emit(Dimension.DATE, "", "", month * 100 + 1, month * 100 + 31, "", i, i);
                year(j);
            } else if (months || Set.of("in", "since", "until", "by", "early", "late", "mid", "last", "next",
                    "this", "of").contains(norm(i - 1))) {
                emit(Dimension.DATE, "", "", month * 100 + 1, month * 100 + 31, "", i, i);
            }
        }

        private void year(int k) {
            Integer y = plainInt(k);
            if (y != null && norm(k).length() == 4 && y >= 1500 && y <= 2100) {
                emit(Dimension.YEAR, "", "", y, y, "", k, k);
            }
        }

        private void clock(double minutes, int s, int e) {
            String tz = "";
            int k = e + 1;
            if (TIME_ZONES.contains(norm(k))) {
                tz = norm(k);
                e = k;
            } else if (norm(k).equals("local") && norm(k + 1).equals("time")) {
                tz = "local";
                e = k + 1;
            }
            double lo = minutes;
            double hi = minutes;
            String q1 = norm(s - 1);
            String q2 = norm(s - 2) + " " + q1;
            if (q2.equals("shortly before") || q2.equals("just before")) {
                lo = minutes - 30;
            } else if (q2.equals("shortly after") || q2.equals("just after")) {
                hi = minutes + 30;
            } else if (q1.equals("before") || q1.equals("by")) {
                lo = minutes - 180;
            } else if (q1.equals("after") || q1.equals("past")) {
                hi = minutes + 180;
            } else if (Set.of("about", "around", "approximately", "roughly", "circa", "nearly", "almost")
                    .contains(q1)) {
                lo = minutes - 20;
                hi = minutes + 20;
            }
            emit(Dimension.CLOCK, tz, tz, lo, hi, "", s, e);
        }

        private void number(int i) {
            String n = norm(i);
            if (n.contains(":")) {
                String[] hm = n.split(":");
                if (hm.length == 2 && hm[0].length() <= 2 && hm[1].length() == 2) {
                    int h = Integer.parseInt(hm[0]);
                    int m = Integer.parseInt(hm[1]);
                    if (h <= 24 && m < 60) {
                        int e = i;
                        String ampm = norm(i + 1);
                        if (isAmPm(ampm)) {
                            h = to24(h, ampm);
                            e = i + 1;
                        }
                        clock(h * 60 + m, i, e);
                    }
                }
                used[i] = true;
                return;
            }
            Integer small = plainInt(i);
            if (small != null && small >= 1 && small <= 12 && isAmPm(norm(i + 1))) {
                clock(to24(small, norm(i + 1)) * 60.0, i, i + 1);
                return;
            }
            if (small != null && n.length() == 4 && norm(i + 1).equals("-") && isNum(i + 2)
                    && norm(i + 2).length() == 2 && norm(i + 3).equals("-") && isNum(i + 4)) {
                Integer mo = plainInt(i + 2);
                Integer d = plainInt(i + 4);
                if (mo != null && d != null && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                    emit(Dimension.DATE, "", "", mo * 100 + d, mo * 100 + d, "", i, i + 4);
                    year(i);
                    return;
                }
            }
            if (small != null && small >= 1 && small <= 31 && n.length() <= 2) {
                int j = i + 1;
                if (norm(j).equals("of")) {
                    j++;
                }
                Token mt = j < tokens.size() ? tokens.get(j) : null;
                if (mt != null && mt.isWord() && mt.capitalized() && MONTHS.containsKey(mt.norm())) {
                    int month = MONTHS.get(mt.norm());
                    emit(Dimension.DATE, "", "", month * 100 + small, month * 100 + small, "", i, j);
                    int k = j + 1;
                    if (norm(k).equals(",")) {
                        k++;
                    }
                    year(k);
                    return;
                }
            }
            double v;
            try {
                v = Double.parseDouble(n.replace(",", ""));
            } catch (NumberFormatException e) {
                used[i] = true;
                return;
            }
            int dot = n.indexOf('.');
            int decimals = dot < 0 ? 0 : n.length() - dot - 1;
            measured(v, decimals, i, i, n.contains(","));
        }

        private boolean isAmPm(String w) {
            return w.equals("a.m") || w.equals("p.m") || w.equals("am") || w.equals("pm");
        }

        private int to24(int h, String ampm) {
            boolean pm = ampm.startsWith("p");
            if (h == 12) {
                return pm ? 12 : 0;
            }
            return pm ? h + 12 : h;
        }

        private void spelled(int i) {
            String w = norm(i);
            double[] vague = NumberWords.vague(w);
            if (vague != null) {
                if (norm(i + 1).equals("of")) {
                    count(vague[0], vague[1], i, i, i + 2);
                }
                return;
            }
            boolean article = (w.equals("a") || w.equals("an")) && NumberWords.scale(norm(i + 1)) != null
                    && norm(i + 1).length() > 2;
            if (!article && !NumberWords.isNumberWord(w)) {
                return;
            }
            if (w.equals("one") && (norm(i + 1).equals("of") || Set.of("the", "no", "any", "each", "every",
                    "this", "that", "which", "another").contains(norm(i - 1)) || !tokensAfterLookCounted(i + 1))) {
                return;
            }
            if (w.equals("dozen") && !norm(i - 1).equals("a")) {
                return;
            }
            double total = 0;
            double group = article ? 1 : 0;
            int j = article ? i + 1 : i;
            int last = i;
            boolean any = false;
            while (j < tokens.size()) {
                String x = norm(j);
                Integer u = NumberWords.unit(x);
                Integer t = NumberWords.tens(x);
                Double sc = x.length() > 2 ? NumberWords.scale(x) : null;
                if (u != null) {
                    group += u;
                } else if (t != null) {
                    group += t;
                } else if (sc != null) {
                    if (sc == 100) {
                        group = Math.max(group, 1) * 100;
                    } else {
                        total += Math.max(group, 1) * sc;
                        group = 0;
                    }
                } else if ((x.equals("-") || x.equals("and")) && any && j + 1 < tokens.size()
                        && NumberWords.isNumberWord(norm(j + 1))) {
                    j++;
                    continue;
                } else {
                    break;
                }
                any = true;
                last = j;
                j++;
            }
            if (!any) {
                return;
            }
            double v = total + group;
            for (int k = i; k <= last; k++) {
                used[k] = true;
            }
            measured(v, 0, i, last, false);
        }

        private boolean tokensAfterLookCounted(int j) {
            if (j >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(j);
            return t.isWord() && !t.norm().equals("of") && (keys[j] != null || NumberWords.isNumberWord(t.norm()));
        }

        /** A number value at tokens s..e: reads scale, qualifier, currency, unit and what it counts. */
        private void measured(double value, int decimals, int s, int e, boolean grouped) {
            for (int k = s; k <= e; k++) {
                used[k] = true;
            }
            if (isLabel(s)) {
                return;
            }
            String currency = currencyBefore(s);
            double v = value;
            boolean scaled = false;
            Double sc = NumberWords.scale(norm(e + 1));
            if (sc == null && norm(e + 1).equals("m") && currency != null) {
                sc = 1e6;
            }
            if (sc != null && !(norm(e + 1).equals("k") && currency == null)) {
                v *= sc;
                e++;
                used[e] = true;
                scaled = true;
            }
            double r = scaled ? (decimals > 0 ? 0.5 * Math.pow(10, -decimals) * (v / value) : 0.05 * v) : 0;
            // range: "5 to 7", "5-7", "between 5 and 7"
            double upper = Double.NaN;
            String joiner = norm(e + 1);
            if ((joiner.equals("to") || joiner.equals("-") || (joiner.equals("and") && between(s)))
                    && isNum(e + 2)) {
                try {
                    upper = Double.parseDouble(norm(e + 2).replace(",", "")) * (scaled ? v / value : 1);
                    e += 2;
                    used[e] = true;
                } catch (NumberFormatException ex) {
                    upper = Double.NaN;
                }
            }
            int after = e + 1;
            if (norm(after).equals("-")) {
                after++;
            }
            if (currency != null || Units.ofWord(norm(after)) != null
                    && Units.ofWord(norm(after)).dimension() == Dimension.MONEY) {
                Units.Unit u = currency != null ? Units.currency(currency) : Units.ofWord(norm(after));
                int end = currency != null ? e : after;
                bounded(Dimension.MONEY, u.family(), u.name(), v, upper, r, s, end, "");
                return;
            }
            if (norm(after).equals("%") || norm(after).equals("percent") || norm(after).equals("pct")
                    || norm(after).equals("per") && norm(after + 1).equals("cent")) {
                int end = norm(after).equals("per") ? after + 1 : after;
                bounded(Dimension.PERCENT, "", "%", v, upper, r, s, end, "");
                return;
            }
            if (norm(after).equals("°") || norm(after).equals("degrees")) {
                String scaleWord = norm(after + 1);
                Units.Unit u = scaleWord.equals("f") || scaleWord.equals("fahrenheit") ? Units.fahrenheit()
                        : Units.celsius();
                double sign = norm(s - 1).equals("-") || norm(s - 1).equals("minus") ? -1 : 1;
                double val = u.toBase(sign * v);
                int end = (scaleWord.equals("c") || scaleWord.equals("f") || scaleWord.equals("celsius")
                        || scaleWord.equals("fahrenheit")) ? after + 1 : after;
                bounded(Dimension.TEMPERATURE, "", u.name(), val, Double.NaN, 0, s, end, "");
                return;
            }
            boolean magnitudeBefore = norm(s - 1).equals("magnitude") || norm(s - 2).equals("magnitude")
                    && (norm(s - 1).equals("-") || norm(s - 1).equals("of"));
            if (magnitudeBefore || norm(after).equals("magnitude") || norm(s - 1).equals("m")
                    && tokens.get(s - 1).text().equals("M")) {
                bounded(Dimension.MAGNITUDE, "", "", v, upper, r, s, after, "");
                return;
            }
            if (norm(s - 1).equals("aged") || norm(after).equals("year") && norm(after + 1).equals("-")
                    && norm(after + 2).equals("old") || norm(after).equals("years") && norm(after + 1)
                    .equals("old")) {
                int end = norm(s - 1).equals("aged") ? e : after + (norm(after + 1).equals("-") ? 2 : 1);
                bounded(Dimension.AGE, "", "", v, upper, r, s, end, "");
                return;
            }
            Units.Unit unit = Units.ofWord(norm(after));
            if (unit != null && norm(after).equals("m") && !tokens.get(after).text().equals("m")) {
                unit = null;
            }
            if (unit != null) {
                if (unit.dimension() == Dimension.DURATION && norm(after + 1).equals("ago")) {
                    return;
                }
                double up = Double.isNaN(upper) ? upper : unit.toBase(upper);
                double rr = r * unit.factor();
                bounded(unit.dimension(), unit.family(), unit.name(), unit.toBase(v), up, rr, s, after, "");
                return;
            }
            if (!scaled && !grouped && decimals == 0 && v >= 1500 && v <= 2100 && Double.isNaN(upper)) {
                boolean decade = norm(e + 1).equals("s") && v % 10 == 0;
                emit(Dimension.YEAR, "", "", v, decade ? v + 9 : v, "", s, decade ? e + 1 : e);
                return;
            }
            count(v - r, Double.isNaN(upper) ? v + r : upper, s, e, e + 1);
        }

        private boolean between(int s) {
            return norm(s - 1).equals("between") || norm(s - 2).equals("between");
        }

        /** Whether the number at s names a thing rather than counting: "Article 4", "Boeing 737". */
        private boolean isLabel(int s) {
            if (s == 0) {
                return false;
            }
            Token prev = tokens.get(s - 1);
            if (prev.norm().equals("no") && s + 0 < tokens.size() && prev.text().equals("No")) {
                return true;
            }
            if (prev.norm().equals("#")) {
                return true;
            }
            boolean initial = s - 1 == 0;
            return prev.isWord() && prev.capitalized() && !MONTHS.containsKey(prev.norm())
                    && !WEEKDAYS.containsKey(prev.norm()) && !prev.norm().equals("m")
                    && !prev.text().equals("US") && Units.ofWord(prev.norm()) == null
                    && !(initial && (Stopwords.isStopword(prev.norm()) || QUALIFIERS.contains(prev.norm())));
        }

        private String currencyBefore(int s) {
            String sign = norm(s - 1);
            String c = Units.currencyOfSign(sign);
            if (c != null) {
                String before = norm(s - 2);
                if (sign.equals("$") && !before.isEmpty() && tokens.get(s - 2).isWord()
                        && tokens.get(s - 2).text().length() <= 3 && tokens.get(s - 2).text().equals(
                        tokens.get(s - 2).text().toUpperCase(java.util.Locale.ROOT))) {
                    return before.equals("us") ? "usd" : before + "d";
                }
            }
            return c;
        }

        /** Applies a qualifier before the number (or "or more" after it) and emits. */
        private void bounded(Dimension d, String family, String writtenIn, double v, double upper, double r,
                int s, int e, String anchor) {
            double lo = v - r;
            double hi = Double.isNaN(upper) ? v + r : upper;
            String q1 = norm(s - 1);
            if (Units.currencyOfSign(q1) != null || q1.equals("-") || q1.equals("minus")) {
                q1 = norm(s - 2);
                s = s - 1;
            }
            String q2 = norm(s - 2) + " " + q1;
            String q3 = norm(s - 3) + " " + q2;
            if (Set.of("at least", "more than", "in excess", "upwards of", "no fewer", "no less", "greater than",
                    "higher than").contains(q2) || Set.of("over", "above", "exceeding", "beyond").contains(q1)
                    || q3.equals("in excess of") || q3.equals("no fewer than") || q3.equals("no less than")) {
                hi = Double.POSITIVE_INFINITY;
            } else if (Set.of("at most", "up to", "less than", "fewer than", "no more", "as many", "lower than")
                    .contains(q2) || Set.of("under", "below", "maximum").contains(q1)
                    || q3.equals("no more than") || q3.equals("as many as")) {
                lo = d == Dimension.TEMPERATURE ? Double.NEGATIVE_INFINITY : 0;
            } else if (Set.of("nearly", "almost").contains(q1) || q2.equals("close to")
                    || q2.equals("just under")) {
                lo = v * 0.85;
            } else if (Set.of("about", "around", "approximately", "roughly", "some", "estimated", "circa",
                    "approx", "reportedly").contains(q1) || q2.equals("or so")) {
                double spread = Math.abs(v) * 0.12;
                lo = Math.min(lo, v - spread);
                hi = Math.max(hi, v + spread);
            }
            String n1 = norm(e + 1);
            String n2 = norm(e + 2);
            if (n1.equals("or") && (n2.equals("more") || n2.equals("so")) || n1.equals("plus") || n1.equals("+")) {
                if (n2.equals("so")) {
                    lo = Math.min(lo, v * 0.88);
                }
                hi = Math.max(hi, n2.equals("so") ? v * 1.12 : Double.POSITIVE_INFINITY);
            }
            emit(d, family, writtenIn, lo, hi, anchor, s, e);
        }

        private void count(double lo, double hi, int s, int e, int nounFrom) {
            String noun = "";
            int nounToken = -1;
            int j = nounFrom;
            for (int steps = 0; j < tokens.size() && steps < 4; j++, steps++) {
                Token t = tokens.get(j);
                if (!t.isWord()) {
                    break;
                }
                if (MODIFIERS.contains(t.norm())) {
                    continue;
                }
                if (keys[j] == null) {
                    break;
                }
                if (t.norm().endsWith("ed") || t.norm().endsWith("ing")) {
                    continue;
                }
                noun = keys[j];
                nounToken = j;
                // "16 rescue teams", "eight dead bodies", "eight helicopter passengers": the last noun is counted
                for (int shift = 0; shift < 2 && nounToken + 1 < tokens.size(); shift++) {
                    Token next = tokens.get(nounToken + 1);
                    String nk = keys[nounToken + 1];
                    if (!next.isWord() || nk == null || next.capitalized() || Stopwords.isStopword(next.norm())
                            || eventKeys.contains(nk) || next.norm().endsWith("ed") || next.norm().endsWith("ing")
                            || Units.ofWord(next.norm()) != null) {
                        break;
                    }
                    nounToken++;
                    noun = nk;
                }
                break;
            }
            if (s >= 2 && tokens.get(s - 1).norm().equals("of") && bodiesKey.equals(keys[s - 2])) {
                noun = bodiesKey; // "the bodies of four people"
            }
            String event = bodiesKey.equals(noun) ? "" : nearestEvent(s, e);
            if (eventKeys.contains(noun)) {
                // "2,012 fatalities", "5,300 dead": the noun is what happened to the people counted
                event = noun;
                noun = "person";
            } else if (nounToken >= 0 && tokens.get(nounToken).norm().equals("lives")
                    || event.isEmpty() && livesLostAfter(e)) {
                // "632 lives", "1,000 people lost their lives"
                event = killKey;
                noun = "person";
            }
            if (personKeys.contains(noun) || (noun.isEmpty() && !event.isEmpty())) {
                noun = "person";
            }
            String anchor = noun + "/" + event;
            double v = (lo + hi) / 2;
            if (lo == hi) {
                bounded(Dimension.COUNT, "", "", v, Double.NaN, 0, s, e, anchor);
            } else {
                bounded(Dimension.COUNT, "", "", lo, hi, 0, s, e, anchor);
            }
        }

        /** Whether "lives" follows within a few words of a count, as in "1,000 people have lost their lives". */
        private boolean livesLostAfter(int e) {
            for (int k = e + 1; k < tokens.size() && k <= e + 6; k++) {
                if (endsSentence(k)) {
                    return false;
                }
                if (tokens.get(k).norm().equals("lives")) {
                    return true;
                }
            }
            return false;
        }

        private boolean endsSentence(int k) {
            String n = tokens.get(k).norm();
            return n.equals(".") || n.equals(";") || n.equals("!") || n.equals("?");
        }

        /**
         * The nearest word saying what happened to what is counted: after the count within six words, before it
         * within ten, neither across a sentence end nor, looking back, across a verb of having.
         */
        private String nearestEvent(int s, int e) {
            boolean forward = true;
            boolean back = true;
            for (int dist = 1; dist <= 10 && (forward || back); dist++) {
                int after = e + dist;
                if (forward && dist <= 6 && after < tokens.size()) {
                    if (endsSentence(after)) {
                        forward = false;
                    } else if (keys[after] != null && eventKeys.contains(keys[after])) {
                        return keys[after];
                    }
                }
                int before = s - dist;
                if (back && before >= 0) {
                    String w = tokens.get(before).norm();
                    if (endsSentence(before) || HAVING.contains(w)) {
                        back = false; // "the city had 100,000 inhabitants": what came before is not what they counted
                    } else if (keys[before] != null && eventKeys.contains(keys[before])) {
                        return keys[before];
                    }
                }
            }
            return "";
        }

        /** The nearest measure noun ("depth", "shares", "cost") around a measurement, or empty. */
        private String measureNoun(int s, int e) {
            for (int dist = 1; dist <= 5; dist++) {
                for (int k : new int[] {s - dist, e + dist}) {
                    if (k >= 0 && k < tokens.size() && keys[k] != null && measureKeys.contains(keys[k])) {
                        return keys[k];
                    }
                }
            }
            return "";
        }

        private void emit(Dimension d, String family, String writtenIn, double lo, double hi, String anchor,
                int s, int e) {
            if (d != Dimension.COUNT && anchor.isEmpty()) {
                anchor = measureNoun(s, e);
            }
            for (int k = Math.max(0, s); k <= e && k < used.length; k++) {
                used[k] = true;
            }
            Set<String> context = new TreeSet<>();
            int reach = d.isTemporal() ? 5 : 8;
            int from = Math.max(0, s - reach);
            int to = Math.min(tokens.size() - 1, e + reach);
            for (int k = s - 1; k >= from; k--) {
                if (endsSentence(k)) {
                    from = k + 1;
                    break;
                }
            }
            for (int k = e + 1; k <= to; k++) {
                if (endsSentence(k)) {
                    to = k - 1;
                    break;
                }
            }
            for (int k = from; k <= to; k++) {
                if ((k < s || k > e) && keys[k] != null && Units.ofWord(tokens.get(k).norm()) == null) {
                    context.add(keys[k]);
                }
            }
            out.add(new Quantity(d, family, writtenIn, lo, hi, anchor, context, Math.max(0, s), e));
        }
    }
}
