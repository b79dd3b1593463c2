package io.newsdigest.summary.disagreement;

import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * Different dates, days or times of day for the same event. Two mentions of different sources conflict when
 * they place the same thing in time in the same unit family (a time zone), their statements align (they state
 * the same fact, so their times refer to the same event) and their intervals do not meet: "on Sunday night" and
 * "on Monday" conflict when both say when the dams collapsed ("the dams collapsed on Monday"; "as the storm hit
 * on Sunday night, two dams collapsed", where a time that ends the opening clause times the main one). A source
 * that also states a time compatible with the other side is not in conflict. Each dimension gives at most one
 * conflict, seeded by its most similar pair of conflicting statements. Times of day are headed apart from dates.
 * Figures are {@link FigureConflicts}'.
 */
final class TimeConflicts implements ConflictDetector {

    /** Mentions compared per dimension and anchor; a story's most central statements are kept beyond it. */
    private static final int MAX_MENTIONS = 250;
    /** Conflicting pairs tried, most similar first, before giving up on a dimension and anchor. */
    private static final int MAX_SEEDS = 20;

    /** How many words either side of a time say what happened then. */
    private static final int NEAR = 3;
    /** Words that only qualify a time: "late Sunday night", "early on Monday". */
    private static final Set<String> TIME_WORDS = Set.of("late", "early", "night", "morning", "evening",
            "afternoon", "midnight", "noon", "overnight", "local", "time", "day", "today", "yesterday", "hours");

    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "when", "while", "as", "since",
            "because", "but", "and", "or", "which", "that", "who", "until", "though", "although");

    /**
     * A time a statement states, with the words near it ({@link TimeConflicts#near}), read once: pairs of mentions
     * compare them again and again.
     */
    private record Mention(Statement statement, Quantity quantity, Set<String> near) {

        static Mention of(Statement statement, Quantity quantity) {
            Set<String> near = TimeConflicts.near(statement, quantity);
            return new Mention(statement, quantity, Collections.unmodifiableSet(near));
        }
    }

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        Map<String, List<Mention>> buckets = new TreeMap<>();
        for (Statement s : reading.statements()) {
            for (Quantity q : s.quantities()) {
                if (!q.dimension().isTemporal() || s.isTimeOfSaying(q)) {
                    continue;
                }
                String key = q.dimension() + ":" + q.unit();
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(Mention.of(s, q));
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Mention> bucket : buckets.values()) {
            List<Mention> mentions = mostCentral(reading, bucket);
            Conflict c = strongest(reading, background, mentions);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The bucket's mentions from the story's most central statements, at most {@link #MAX_MENTIONS}. */
    private static List<Mention> mostCentral(StoryReading reading, List<Mention> bucket) {
        if (bucket.size() <= MAX_MENTIONS) {
            return bucket;
        }
        List<Mention> sorted = new ArrayList<>(bucket);
        sorted.sort(Comparator.comparingDouble((Mention m) -> -reading.centrality(m.statement()))
                .thenComparingInt(m -> m.statement().id()));
        List<Mention> kept = new ArrayList<>(sorted.subList(0, MAX_MENTIONS));
        kept.sort(Comparator.comparingInt((Mention m) -> m.statement().id()));
        return kept;
    }

    /** The conflict of one bucket seeded by its most similar pair of conflicting mentions, or null. */
    private Conflict strongest(StoryReading reading, Set<String> background, List<Mention> mentions) {
        record Seed(Mention a, Mention b, double similarity) {
        }
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention b = mentions.get(j);
                if (a.statement().source() != b.statement().source() && !a.quantity().compatibleWith(b.quantity())
                        && sameThing(reading, background, a, b)) {
                    seeds.add(new Seed(a, b, reading.similarity(a.statement(), b.statement())));
                }
            }
        }
        seeds.sort(Comparator.comparingDouble((Seed x) -> -x.similarity()));
        int tried = 0;
        for (Seed seed : seeds) {
            if (tried++ >= MAX_SEEDS) {
                break;
            }
            if (!hasCompatible(reading, background, mentions, seed.a(), seed.b())
                    && !hasCompatible(reading, background, mentions, seed.b(), seed.a())) {
                return build(reading, background, mentions, seed.a(), seed.b());
            }
        }
        return null;
    }

    /** Whether {@code a}'s source also states, about the same thing, a value compatible with {@code b}. */
    private boolean hasCompatible(StoryReading reading, Set<String> background, List<Mention> mentions, Mention a,
            Mention b) {
        for (Mention m : mentions) {
            if (m.statement().source() == a.statement().source() && m != a
                    && m.quantity().comparableWith(b.quantity()) && m.quantity().compatibleWith(b.quantity())
                    && sameThing(reading, background, m, b)) {
                return true;
            }
        }
        return false;
    }

    private Conflict build(StoryReading reading, Set<String> background, List<Mention> mentions, Mention a,
            Mention b) {
        List<Statement> sideA = new ArrayList<>(List.of(a.statement()));
        List<Statement> sideB = new ArrayList<>(List.of(b.statement()));
        Set<Integer> membersA = new TreeSet<>(List.of(a.statement().member()));
        Set<Integer> membersB = new TreeSet<>(List.of(b.statement().member()));
        for (Mention m : mentions) {
            if (m == a || m == b || !m.quantity().comparableWith(a.quantity())) {
                continue;
            }
            boolean withA = m.quantity().compatibleWith(a.quantity()) && sameThing(reading, background, m, a);
            boolean withB = m.quantity().compatibleWith(b.quantity()) && sameThing(reading, background, m, b);
            int member = m.statement().member();
            if (withA && !withB && !membersA.contains(member) && !membersB.contains(member)) {
                sideA.add(m.statement());
                membersA.add(member);
            } else if (withB && !withA && !membersB.contains(member) && !membersA.contains(member)) {
                sideB.add(m.statement());
                membersB.add(member);
            }
        }
        Dimension d = a.quantity().dimension();
        String kind = "date";
        double strength = 1.0 + 0.25 * (sideA.size() + sideB.size())
                + reading.similarity(a.statement(), b.statement())
                + (d == Dimension.COUNT && !a.quantity().anchor().endsWith("/") ? 0.5 : 0)
                + (a.quantity().exact() && b.quantity().exact() ? 0.25 : 0);
        String subject = d + ":" + a.quantity().unit() + ":" + a.quantity().anchor();
        return new Conflict(kind, subject, topic(a, b), List.of(sideA, sideB), strength);
    }

    /**
     * Whether two times place the same event: the words right next to both times share a word that is not a
     * name ("collided on Tuesday", "collided Thursday"; "the dams collapsed on Monday", "on Sunday night, two
     * dams ... collapsed"). Two years must share words around them in statements that align. Statements that
     * merely align are not enough: on real coverage they pair the day of a crash with the day of a denial.
     */
    private static boolean sameThing(StoryReading reading, Set<String> background, Mention a, Mention b) {
        for (String k : b.near()) {
            if (a.near().contains(k)) {
                return true;
            }
        }
        Quantity qa = a.quantity();
        Quantity qb = b.quantity();
        int overlap = 0;
        for (String k : qa.context()) {
            if (qb.context().contains(k) && !background.contains(k) && !a.statement().names().contains(k)
                    && !b.statement().names().contains(k)) {
                overlap++;
            }
        }
        double sim = reading.similarity(a.statement(), b.statement());
        return qa.dimension() == Dimension.YEAR && overlap >= 2 && sim >= 0.2;
    }

    /** The content words (not names) within {@link #NEAR} words of a time: what it says happened then. */
    private static Set<String> near(Statement statement, Quantity q) {
        Set<String> out = new TreeSet<>();
        AnalyzedSentence sentence = statement.sentence();
        List<Token> tokens = sentence.tokens();
        int from = q.firstToken();
        while (from > 0 && q.firstToken() - from < NEAR && !endsClause(tokens.get(from - 1))) {
            from--;
        }
        int to = q.lastToken();
        while (to + 1 < tokens.size() && to - q.lastToken() < NEAR && !endsClause(tokens.get(to + 1))) {
            to++;
        }
        int comma = fronted(tokens, q);
        if (comma >= 0) {
            // "On Sunday night, two dams collapsed": the clause after a fronted time says what happened then
            to = comma;
            while (to + 1 < tokens.size() && to - comma < NEAR && !endsClause(tokens.get(to + 1))) {
                to++;
            }
        }
        for (Term t : sentence.terms()) {
            int k = t.token();
            if (k >= from && k <= to && (k < q.firstToken() || k > q.lastToken()) && !t.key().startsWith("#")
                    && !statement.names().contains(t.key()) && !TIME_WORDS.contains(tokens.get(k).norm())) {
                out.add(t.key());
            }
        }
        return out;
    }

    /**
     * The comma that closes the sentence's opening clause right after the time ("On Sunday night, ..."; "As the
     * storm struck the coast on Sunday night, ..."), or -1: a time that opens a sentence times its main clause.
     */
    private static int fronted(List<Token> tokens, Quantity q) {
        for (int k = 0; k < q.firstToken(); k++) {
            if (tokens.get(k).isClauseBreak()) {
                return -1;
            }
        }
        int next = q.lastToken() + 1;
        while (next < tokens.size() && TIME_WORDS.contains(tokens.get(next).norm())) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).norm().equals(",") ? next : -1;
    }

    /** A comma or a word that opens another clause: what follows says what happened at another time. */
    private static boolean endsClause(Token t) {
        return t.isClauseBreak() || CLAUSE_OPENERS.contains(t.norm());
    }

    /** "Day (collided): Thursday / Tuesday": what is timed, in the first side's words, and both times. */
    private static String topic(Mention a, Mention b) {
        String label = switch (a.quantity().dimension()) {
            case WEEKDAY -> "Day";
            case CLOCK -> "Time";
            case YEAR -> "Year";
            default -> "Date";
        };
        Set<String> shared = new TreeSet<>(b.near());
        shared.retainAll(a.near());
        List<String> words = new ArrayList<>();
        for (Term t : a.statement().sentence().terms()) {
            if (shared.contains(t.key()) && words.size() < 3) {
                words.add(a.statement().sentence().tokens().get(t.token()).text());
            }
        }
        String what = words.isEmpty() ? "" : " (" + String.join(" ", words) + ")";
        return label + what + ": " + FigureKind.value(a.statement(), a.quantity()) + " / "
                + FigureKind.value(b.statement(), b.quantity());
    }
}
