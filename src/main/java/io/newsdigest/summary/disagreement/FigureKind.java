package io.newsdigest.summary.disagreement;

import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.NumberWords;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.quantity.Units;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Token;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a figure measures, so that only figures of the same kind are compared, and how a reader names it: the
 * death toll, the number injured, a count of rescue teams, a depth, a magnitude. A count's kind is the thing
 * counted and what happened to it ({@link Quantity#anchor()}, "person/kill"); a measurement's kind is its
 * dimension, unit family and measured noun. The words here are general English, not tied to any story.
 */
final class FigureKind {

    /** Words before a count that make it a part of a total: "including 3 children", "among them 2 pilots". */
    private static final Set<String> PART_BEFORE = Set.of("including", "includes", "included", "among", "incl");
    /** Words that take a part of what follows "of": "most of the dead". */
    private static final Set<String> PARTITIVES = Set.of("most", "half", "majority", "bulk", "many", "some",
            "part", "share");
    /** Marks that set a figure off from the noun before it: "most of the dead – 1,351 –". */
    private static final Set<String> APPOSITION = Set.of("-", "–", "—", ",", "(");
    /** Words after "N of" that make the count a part of a total: "205 of them", "two of the fires". */
    private static final Set<String> PART_AFTER = Set.of("them", "whom", "those", "which", "these", "the", "its",
            "their", "his", "her", "our", "us");

    /** Words between a count and what it counts: "two other helicopters", "40 more bodies". */
    private static final Set<String> LEADING = Set.of("other", "more", "additional", "further", "extra", "new");

    /** Words before a figure that say how exact it is: "about 40", "at least 137", "more than 5,300". */
    private static final Set<String> QUALIFIERS = Set.of("about", "around", "nearly", "almost", "some", "over",
            "roughly", "approximately", "under", "exactly", "only", "just");
    private static final Set<String> TWO_WORD_QUALIFIERS = Set.of("at least", "more than", "fewer than",
            "less than", "up to", "at most", "as many", "as much", "well over");

    /** Words that make a figure before "than" a difference: "40 more than", "125 feet lower than". */
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer");
    /** How many words before a measurement the thing it measures may stand ("the helicopter was at 300 feet"). */
    private static final int MEASURED_REACH = 5;

    /** What marks the kind of a figure that could be: a forecast. */
    static final String POSSIBLE = ":possible";
    /** Modals that make a figure a possibility: "could reach 20,000". */
    private static final Set<String> POSSIBILITY = Set.of("could", "may", "might");
    /** How many words before a figure its modal may stand: "could be as high as 20,000". */
    private static final int POSSIBILITY_REACH = 5;

    /** Spans of time that put what a sentence tells in another year: "years ago", "a decade ago". */
    private static final Set<String> YEARS = Set.of("year", "years", "decade", "decades");
    /** Units of length that measure distances between places. */
    private static final Set<String> LONG_UNITS = Set.of("km", "mi");

    /** The kind of a length in metres or feet with no measured noun: a height, a level or a size. */
    static final String SIZE = "length:size";
    /** How far after a share its whole may be written: "of", an article, a possessive, the word. */
    private static final int WHOLE_REACH = 4;
    /** The heading of a count whose counted thing is not written next to it. */
    static final String UNNAMED = "Number";
    /** The dimension each heading of a measurement belongs to (the others fit several: a rate, a level). */
    private static final Map<String, Dimension> LABEL_DIMENSIONS = Map.ofEntries(
            Map.entry("Area", Dimension.AREA), Map.entry("Speed", Dimension.SPEED),
            Map.entry("Temperature", Dimension.TEMPERATURE), Map.entry("Weight", Dimension.MASS),
            Map.entry("Sentence", Dimension.DURATION), Map.entry("Depth", Dimension.LENGTH),
            Map.entry("Height", Dimension.LENGTH), Map.entry("Altitude", Dimension.LENGTH),
            Map.entry("Distance", Dimension.LENGTH), Map.entry("Length", Dimension.LENGTH),
            Map.entry("Width", Dimension.LENGTH), Map.entry("Radius", Dimension.LENGTH),
            Map.entry("Distance offshore", Dimension.LENGTH), Map.entry("Cost", Dimension.MONEY),
            Map.entry("Price", Dimension.MONEY), Map.entry("Budget", Dimension.MONEY),
            Map.entry("Fine", Dimension.MONEY), Map.entry("Damages", Dimension.MONEY),
            Map.entry("Compensation", Dimension.MONEY), Map.entry("Bail", Dimension.MONEY),
            Map.entry("Ransom", Dimension.MONEY));
    /** What a length can measure. */
    private static final Set<String> LENGTHS = Set.of("Depth", "Height", "Altitude", "Distance", "Length", "Width",
            "Radius", "Level");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Map<String, String> eventLabels = new HashMap<>();
    private final Map<String, String> measureLabels = new HashMap<>();
    private final Set<String> mainQuake = new TreeSet<>();
    private final Set<String> population = new TreeSet<>();
    private final String kill;
    private final String aftershock;

    FigureKind(TermAnalyzer analyzer) {
        String[][] events = {{"killed", "Death toll"}, {"injured", "Injured"}, {"missing", "Missing"},
            {"evacuated", "Evacuated"}, {"arrested", "Arrested"}, {"rescued", "Rescued"},
            {"hospitalized", "In hospital"}, {"survivors", "Survivors"}, {"trapped", "Trapped"},
            {"stranded", "Stranded"}, {"affected", "Affected"}, {"homeless", "Homeless"}, {"infected", "Infected"},
            {"cases", "Cases"}, {"deported", "Deported"}, {"jailed", "Jailed"}, {"charged", "Charged"}};
        for (String[] e : events) {
            eventLabels.putIfAbsent(analyzer.key(e[0], false), e[1]);
        }
        String[][] measures = {{"depth", "Depth"}, {"deep", "Depth"}, {"height", "Height"}, {"high", "Height"},
            {"tall", "Height"}, {"altitude", "Altitude"}, {"distance", "Distance"}, {"length", "Length"},
            {"long", "Length"}, {"width", "Width"}, {"wide", "Width"}, {"speed", "Speed"}, {"area", "Area"},
            {"radius", "Radius"}, {"offshore", "Distance offshore"}, {"cost", "Cost"}, {"price", "Price"},
            {"budget", "Budget"}, {"fine", "Fine"}, {"damages", "Damages"}, {"compensation", "Compensation"},
            {"rate", "Rate"}, {"turnout", "Turnout"}, {"inflation", "Inflation"}, {"sentence", "Sentence"},
            {"temperature", "Temperature"}, {"weight", "Weight"}, {"bail", "Bail"}, {"ransom", "Ransom"},
            {"level", "Level"}, {"ground", "Height"}};
        for (String[] m : measures) {
            measureLabels.putIfAbsent(analyzer.key(m[0], false), m[1]);
        }
        for (String w : List.of("earthquake", "quake", "tremor")) {
            mainQuake.add(analyzer.key(w, false));
        }
        kill = analyzer.key("killed", false);
        for (String w : List.of("inhabitants", "residents", "population", "community", "populated", "live")) {
            population.add(analyzer.key(w, false));
        }
        aftershock = analyzer.key("aftershocks", false);
    }

    /**
     * The kind of a figure, or {@code null} when it is not known what it counts. What could be ({@link
     * #isPossible}: "the death toll could reach 20,000") is another kind than what is reported: a forecast
     * differs from another forecast, never from the count so far.
     */
    String of(Statement s, Quantity q) {
        String kind = reportedKind(s, q);
        return kind != null && isPossible(s, q) ? kind + POSSIBLE : kind;
    }

    private String reportedKind(Statement s, Quantity q) {
        String anchor = q.anchor();
        if (q.dimension() == Dimension.MAGNITUDE && s.keys().contains(aftershock)) {
            return "magnitude:aftershock"; // "aftershocks followed, the largest of magnitude 3.1"
        }
        if (q.dimension() == Dimension.COUNT) {
            if (anchor.isEmpty() || anchor.equals("/")) {
                return null;
            }
            String noun = anchor.substring(0, anchor.indexOf('/'));
            if (noun.equals("person") && event(q).isEmpty() && !Collections.disjoint(q.context(), population)) {
                return "count:population"; // "100,000 inhabitants", "a community of 125,000 people"
            }
            // a named thing is counted whatever happened to it ("seven passengers", "three passengers ... killed")
            return noun.equals("person") || noun.isEmpty() ? "count:" + anchor : "count:" + noun + "/";
        }
        if (q.dimension() == Dimension.MAGNITUDE) {
            // the event's magnitude, whatever noun stands by it; an aftershock is another thing
            return "magnitude:" + (anchor.isEmpty() || mainQuake.contains(anchor) ? "" : anchor);
        }
        if (q.dimension() == Dimension.LENGTH && anchor.isEmpty()) {
            // a bare length in kilometres or miles is a distance between places; in metres or feet a level,
            // a height or a size: never the same thing
            return LONG_UNITS.contains(q.writtenIn()) ? "length:distance" : SIZE;
        }
        return q.dimension() + ":" + q.unit() + ":" + anchor;
    }

    /** How much a reader cares about a difference of this kind: the toll first. */
    double weight(Quantity q) {
        if (q.dimension() == Dimension.COUNT) {
            String event = event(q);
            return event.equals(kill) ? 1.0 : event.isEmpty() ? 0.2 : 0.6;
        }
        return q.dimension() == Dimension.MAGNITUDE ? 0.6 : 0.3;
    }

    /** What the figure measures, as a heading: "Death toll", "Injured", "Number of rescue teams", "Depth". */
    String label(Statement s, Quantity q) {
        if (q.dimension() == Dimension.COUNT) {
            if (!Collections.disjoint(q.context(), population) && q.anchor().equals("person/")) {
                return "Population";
            }
            String event = eventLabels.get(event(q));
            String noun = q.anchor().substring(0, q.anchor().indexOf('/'));
            if (event != null && noun.equals("person")) {
                return event;
            }
            String counted = countedWords(s, q);
            return counted.isEmpty() ? UNNAMED : UNNAMED + " of " + counted;
        }
        String measured = measuredBy(q);
        if (measured == null && q.anchor().isEmpty() && q.dimension() == Dimension.LENGTH) {
            measured = namedNearby(q);
        }
        if (measured == null && q.anchor().isEmpty() && q.dimension() == Dimension.LENGTH) {
            measured = measuredAfter(s, q);
        }
        if (measured == null && q.dimension() == Dimension.PERCENT) {
            measured = wholeOf(s, q);
        }
        if (measured != null) {
            return measured;
        }
        return switch (q.dimension()) {
            case MAGNITUDE -> "Magnitude";
            case LENGTH -> "Distance";
            case MONEY -> "Amount";
            case PERCENT -> "Share";
            case MASS -> "Weight";
            default -> q.dimension().name().charAt(0) + q.dimension().name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /**
     * "Share of the population" for a share of a whole its words name ("10% of the city's population"), as the
     * report writes the whole: the word after the figure that its anchor keys. Null when there is none.
     */
    private static String wholeOf(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        if (q.anchor().isEmpty() || q.lastToken() + 1 >= tokens.size()
                || !tokens.get(q.lastToken() + 1).norm().equals("of")) {
            return null; // "rise by 4% ... property tax": a measure noun, not a whole
        }
        for (io.newsdigest.text.Term t : s.sentence().terms()) {
            if (t.token() > q.lastToken() && t.token() <= q.lastToken() + WHOLE_REACH && t.key().equals(q.anchor())) {
                return "Share of the " + tokens.get(t.token()).norm();
            }
        }
        return null;
    }

    /**
     * Whether the words of a figure name what it measures (the counted thing, "depth", "above the ground"), so that
     * its {@link #label} is more than a default.
     */
    boolean names(Statement s, Quantity q) {
        if (q.dimension() == Dimension.COUNT) {
            return !label(s, q).equals(UNNAMED);
        }
        return measuredBy(q) != null || q.anchor().isEmpty() && q.dimension() == Dimension.LENGTH
                && (namedNearby(q) != null || measuredAfter(s, q) != null)
                || q.dimension() == Dimension.PERCENT && wholeOf(s, q) != null;
    }

    /**
     * The heading the noun by a measurement gives it, when that noun measures in the figure's dimension: "the
     * area" by "10 hours" ("10 hours, more than the area usually sees") heads nothing.
     */
    private String measuredBy(Quantity q) {
        String label = measureLabels.get(q.anchor());
        Dimension d = label == null ? null : LABEL_DIMENSIONS.get(label);
        return d == null || d == q.dimension() ? label : null;
    }

    /**
     * What a length with no anchor measures, when the words around it name one thing only: "water levels have
     * risen by 5 meters" is a level, not a distance.
     */
    private String namedNearby(Quantity q) {
        Set<String> named = new TreeSet<>();
        for (String k : q.context()) {
            String label = measureLabels.get(k);
            if (label != null && LENGTHS.contains(label)) {
                named.add(label);
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The noun a length is an amount of, written after it: "140 millimetres of rain" is rain. */
    private static String measuredAfter(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        int of = q.lastToken() + 1;
        if (of + 1 >= tokens.size() || !tokens.get(of).norm().equals("of")) {
            return null;
        }
        Token noun = tokens.get(of + 1);
        if (!noun.isWord() || Stopwords.isStopword(noun.norm()) || noun.capitalized()) {
            return null;
        }
        return Character.toUpperCase(noun.norm().charAt(0)) + noun.norm().substring(1);
    }

    private static String event(Quantity q) {
        int slash = q.anchor().indexOf('/');
        return slash < 0 ? "" : q.anchor().substring(slash + 1);
    }

    /** The words written right after a count, up to two: "rescue teams" in "65 rescue teams were...". */
    private static String countedWords(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        List<String> words = new ArrayList<>();
        for (int k = q.lastToken() + 1; k < tokens.size() && words.size() < 3; k++) {
            Token t = tokens.get(k);
            String w = t.norm();
            if (words.isEmpty() && LEADING.contains(w)) {
                continue;
            }
            if (!t.isWord() || Stopwords.isStopword(w) || !t.capitalized() && (w.endsWith("ing") || w.endsWith("ed"))) {
                break;
            }
            words.add(t.capitalized() ? t.text() : t.text().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /** The figure as the sentence writes it, with its qualifier: "at least 137", "more than 5,300", "72 km". */
    static String value(Statement s, Quantity q) {
        String text = s.text();
        List<Token> tokens = s.sentence().tokens();
        int last = Math.min(tokens.size() - 1, q.lastToken());
        // "7.2 by", "6.9 earthquake": the figure ends at its number or unit; a share at its "%" or its fraction
        while (q.dimension() != Dimension.PERCENT && last > q.firstToken() && !tokens.get(last).isNumber()
                && !Units.isUnitWord(tokens.get(last).norm()) && !NumberWords.isNumberWord(tokens.get(last).norm())) {
            last--;
        }
        int first = Math.max(0, q.firstToken());
        String twoBefore = first >= 2 ? tokens.get(first - 2).norm() + " " + tokens.get(first - 1).norm() : "";
        if (TWO_WORD_QUALIFIERS.contains(twoBefore)) {
            first -= 2;
        } else if (first >= 1 && QUALIFIERS.contains(tokens.get(first - 1).norm())) {
            first -= 1;
        }
        String figure = text.substring(tokens.get(first).start(), tokens.get(last).end()).replaceAll("\\s+", " ");
        boolean spelledAtStart = first == q.firstToken() && (NumberWords.isNumberWord(tokens.get(first).norm())
                || q.dimension() == Dimension.PERCENT && tokens.get(first).isWord()); // "A quarter of"
        return first < q.firstToken() || spelledAtStart
                ? figure.substring(0, 1).toLowerCase(Locale.ROOT) + figure.substring(1) : figure;
    }

    /** When the sides' sources published the figure, " (12 Sep)" or " (12-13 Sep)"; empty when unknown. */
    static String days(List<Statement> side) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Statement s : side) {
            LocalDate d = date(s.article().article().published());
            if (d != null) {
                dates.add(d);
            }
        }
        if (dates.isEmpty()) {
            return "";
        }
        String first = DAY.format(dates.first());
        return dates.size() == 1 ? " (" + first + ")" : " (" + first + " to " + DAY.format(dates.last()) + ")";
    }

    /**
     * Whether the count is a part of a total ("including 3 children", "205 of them", "two other helicopters",
     * "four people among those detained").
     */
    /**
     * Whether a figure measures a difference or a margin rather than a value: "125 feet lower than the jet",
     * "40 more than", "plus or minus 25 feet".
     */
    static boolean isDifference(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        for (int k = Math.max(0, q.firstToken() - 3); k <= q.firstToken(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals("plus") || w.equals("\u00b1")) {
                return true; // "plus or minus 25 feet": a margin of error ("minus 5 degrees" is a value)
            }
        }
        int after = q.lastToken() + 1;
        if (after + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(after).norm();
        boolean comparative = COMPARATIVES.contains(next) || next.length() > 4 && next.endsWith("er");
        return comparative && tokens.get(after + 1).norm().equals("than");
    }

    static boolean isPart(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        for (int k = q.firstToken() - 1; k >= 0 && k >= q.firstToken() - 3; k--) {
            if (PART_BEFORE.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        if (apposedToPartitive(tokens, q.firstToken())) {
            return true;
        }
        int after = q.lastToken() + 1;
        if (after < tokens.size() && tokens.get(after).norm().equals("other")) {
            return true; // "two other helicopters": the rest of a group, not the group
        }
        for (int k = after; k < tokens.size() && k <= after + 2; k++) {
            if (tokens.get(k).norm().equals("among")) {
                return true; // "four people among those detained"
            }
        }
        // "two of the fires", "205 of them"; a share names its whole so: "10% of the population"
        return q.dimension() != Dimension.PERCENT && after + 1 < tokens.size() && tokens.get(after).norm().equals("of")
                && PART_AFTER.contains(tokens.get(after + 1).norm());
    }

    /**
     * Whether the figure is set off (by a dash, comma or bracket) after a partitive phrase: "most of the dead –
     * 1,351 – were in the district" counts a part. Without the break the figure is the whole: "most of the 300
     * passengers".
     */
    private static boolean apposedToPartitive(List<Token> tokens, int first) {
        if (first < 1 || !APPOSITION.contains(tokens.get(first - 1).norm())) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 6; k--) {
            if (PARTITIVES.contains(tokens.get(k).norm()) && k + 1 < first - 1
                    && tokens.get(k + 1).norm().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure is what could be, not what is: a modal of possibility shortly before it in its clause
     * ("could reach 20,000", "may rise to 300", "might be as high as"). "Will" is not one: "the tax will rise by
     * 1%" reports a plan; nor is a denied modal: "could not confirm the 40 deaths" reports a figure it doubts.
     */
    static boolean isPossible(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        for (int k = q.firstToken() - 1; k >= 0 && k >= q.firstToken() - POSSIBILITY_REACH; k--) {
            if (tokens.get(k).isClauseBreak()) {
                return false;
            }
            Token t = tokens.get(k);
            if (POSSIBILITY.contains(t.norm()) && !t.capitalized()) { // "in May 2,000 fled": the month
                return !tokens.get(k + 1).norm().equals("not"); // "could not confirm the 40 deaths" reports them
            }
        }
        return false;
    }

    /**
     * Whether the sentence dates the figure to another year than its article's: "the 2004 quake killed 600"
     * in a report of 2023, "the last strike, four years ago, lasted nine days".
     */
    static boolean datedElsewhere(Statement s, Quantity q) {
        if (yearsBack(s)) {
            return true;
        }
        LocalDate published = date(s.article().article().published());
        if (published == null) {
            return false;
        }
        for (Quantity other : s.quantities()) {
            if (other.dimension() == Dimension.YEAR && other.exact()
                    && Math.abs(other.low() - published.getYear()) >= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence tells of something years before its report: "four years ago", "a decade ago" (another
     * event's figure). "Last year's profit" is not: the figure of a past period is still the story's subject.
     */
    private static boolean yearsBack(Statement s) {
        List<Token> tokens = s.sentence().tokens();
        for (int k = 1; k < tokens.size(); k++) {
            String w = tokens.get(k).norm();
            String before = tokens.get(k - 1).norm();
            if (w.equals("ago") && YEARS.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two figures of one kind are about the same thing. Counts of what happened to people, and counts of
     * a named thing, are the story's own in one story; bare counts of people, and measurements with no measured
     * noun, must share what surrounds them.
     */
    boolean sameSubject(StoryReading reading, Set<String> background, Statement sa, Quantity qa,
            Statement sb, Quantity qb) {
        if (of(sa, qa).equals("count:population")) {
            return true; // one place's population, however the sources word it
        }
        if (qa.dimension() == Dimension.COUNT && !event(qa).isEmpty() && !event(qb).isEmpty()
                && !event(qa).equals(event(qb))) {
            return false; // "three children killed", "five children injured"
        }
        boolean bareCount = qa.dimension() == Dimension.COUNT && qa.anchor().equals("person/");
        boolean bareMeasure = qa.dimension() != Dimension.COUNT && qa.dimension() != Dimension.MAGNITUDE
                && qa.anchor().isEmpty();
        if (!bareCount && !bareMeasure) {
            return true;
        }
        int overlap = 0;
        int names = 0;
        int words = 0;
        for (String k : qa.context()) {
            boolean name = sa.names().contains(k) || sb.names().contains(k);
            if (qb.context().contains(k) && name) {
                names++;
            }
            if (qb.context().contains(k) && !background.contains(k) && (bareMeasure || !name)) {
                overlap++;
                words += name ? 0 : 1;
            }
        }
        if (qa.dimension() == Dimension.DURATION && words == 0) {
            // the story's names say whose it is, not what is timed: "the 30 days allowed to appeal" by a name
            // against "6 weeks of deliberation" by the same name
            return false;
        }
        if (qa.dimension() == Dimension.LENGTH) {
            // a distance is from a named place: "72 km (45 miles) southwest of the tourist hotspot Marrakesh"; a
            // height or a size is of the thing named just before it: "the helicopter at 200 feet"
            Set<String> from = placesAfter(sa, qa);
            from.retainAll(placesAfter(sb, qb));
            Set<String> measured = keysBefore(sa, qa);
            measured.retainAll(keysBefore(sb, qb));
            boolean size = !LONG_UNITS.contains(qa.writtenIn()) && !LONG_UNITS.contains(qb.writtenIn());
            return names >= 1 || !from.isEmpty() || size && !measured.isEmpty();
        }
        double sim = reading.similarity(sa, sb);
        return overlap >= 2 || overlap >= 1 && sim >= 0.15;
    }

    /** The words written in the few before a figure in its clause: what a height or a size is of. */
    private static Set<String> keysBefore(Statement s, Quantity q) {
        Set<String> out = new TreeSet<>();
        List<Token> tokens = s.sentence().tokens();
        for (io.newsdigest.text.Term t : s.sentence().terms()) {
            if (t.token() < q.firstToken() && t.token() >= q.firstToken() - MEASURED_REACH
                    && !clauseEndsBetween(tokens, t.token(), q.firstToken())) {
                out.add(t.key());
            }
        }
        return out;
    }

    /** The names written after a figure in its clause: the place a distance is measured from. */
    private static Set<String> placesAfter(Statement s, Quantity q) {
        Set<String> out = new TreeSet<>();
        List<Token> tokens = s.sentence().tokens();
        for (io.newsdigest.text.Term t : s.sentence().terms()) {
            if (t.token() > q.lastToken() && s.names().contains(t.key()) && !clauseEndsBetween(tokens, q.lastToken(),
                    t.token())) {
                out.add(t.key());
            }
        }
        return out;
    }

    private static boolean clauseEndsBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String n = tokens.get(k).norm();
            if (n.equals(",") || n.equals(";") || n.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
