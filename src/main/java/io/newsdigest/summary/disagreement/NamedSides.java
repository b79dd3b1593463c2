package io.newsdigest.summary.disagreement;

import io.newsdigest.story.Partition;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The sides of a question sources answer with a name (who is blamed, where it happened): each statement that
 * answers it names a party or a place; names that {@code same} holds for one are one answer, transitively
 * ("Palestinian", "Palestinian Islamic Jihad", "Islamic Jihad"); each answer that two sources or more give is a
 * side (one statement per source, the {@link #MAX_SIDES} given by most); two sides make a conflict.
 */
final class NamedSides {

    /** What one statement answers: the name's keys and the name as written. */
    record Naming(Statement statement, Set<String> name, String written) {
    }

    /** Capitalised words that never name a party or a place: the calendar. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /** A statement's tokens with the term key each carries (null where none), read for the names in it. */
    static final class Words {

        private final Statement statement;
        private final List<Token> tokens;
        private final String[] keys;

        Words(Statement statement) {
            this.statement = statement;
            this.tokens = statement.sentence().tokens();
            this.keys = new String[tokens.size()];
            for (Term t : statement.sentence().terms()) {
                keys[t.token()] = t.key();
            }
        }

        List<Token> tokens() {
            return tokens;
        }

        /** Whether token {@code k} is a word of a name: capitalised, a name of the statement, not a month or day. */
        boolean isName(int k) {
            return keys[k] != null && tokens.get(k).capitalized() && statement.names().contains(keys[k])
                    && !CALENDAR.contains(tokens.get(k).norm());
        }

        /** The run of names around token {@code at}: "Palestinian Islamic Jihad", "Crocus City Hall". */
        Naming nameAround(int at) {
            int from = at;
            while (from > 0 && isName(from - 1)) {
                from--;
            }
            int to = at;
            while (to + 1 < tokens.size() && isName(to + 1)) {
                to++;
            }
            Set<String> name = new TreeSet<>();
            List<String> written = new ArrayList<>();
            for (int k = from; k <= to; k++) {
                name.add(keys[k].toLowerCase(Locale.ROOT));
                written.add(tokens.get(k).text());
            }
            return new Naming(statement, name, String.join(" ", written));
        }
    }

    /** Whether two names share a word, by stem prefix ("israel" and "isra", "ukrain" and "ukrainia"). */
    static boolean shareAWord(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                String shorter = x.length() <= y.length() ? x : y;
                String longer = shorter == x ? y : x;
                if (shorter.length() >= 4 && longer.startsWith(shorter) || x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int MAX_SIDES = 4;
    /** Answering statements compared per story, the most central first: names are compared pairwise. */
    private static final int MAX_NAMINGS = 250;
    /** Sources that must give an answer for it to be a side: a claim the news carries. */
    private static final int MIN_SOURCES = 2;

    private NamedSides() {
    }

    /**
     * The namings compared pairwise, in statement order: all of them, or in a story with more than
     * {@link #MAX_NAMINGS}, the most central.
     */
    static List<Naming> mostCentral(StoryReading reading, List<Naming> namings) {
        if (namings.size() <= MAX_NAMINGS) {
            return namings;
        }
        List<Naming> out = new ArrayList<>(namings);
        out.sort(Comparator.comparingDouble((Naming n) -> -reading.centrality(n.statement()))
                .thenComparingInt(n -> n.statement().id()));
        out = new ArrayList<>(out.subList(0, MAX_NAMINGS));
        out.sort(Comparator.comparingInt(n -> n.statement().id()));
        return out;
    }

    /**
     * The conflict among the answers {@code read} finds in {@code reading} (it gives null for a statement that
     * answers nothing), or none: of kind "claim", headed {@code heading} and the sides' names, as strong as
     * {@code strength} plus a little per statement.
     */
    static List<Conflict> find(StoryReading reading, Function<Statement, Naming> read,
            BiPredicate<Set<String>, Set<String>> same, String subject, String heading, double strength) {
        List<Naming> namings = new ArrayList<>();
        for (Statement s : reading.statements()) {
            Naming n = read.apply(s);
            if (n != null) {
                namings.add(n);
            }
        }
        namings = mostCentral(reading, namings);
        Partition answers = new Partition(namings.size());
        for (int i = 0; i < namings.size(); i++) {
            for (int j = i + 1; j < namings.size(); j++) {
                int ri = answers.root(i);
                int rj = answers.root(j);
                if (ri != rj && same.test(namings.get(i).name(), namings.get(j).name())) {
                    answers.join(ri, rj);
                }
            }
        }
        List<List<Naming>> sides = new ArrayList<>();
        for (List<Integer> group : answers.groups()) {
            List<Naming> side = new ArrayList<>();
            for (int i : group) {
                Naming n = namings.get(i);
                if (side.stream().noneMatch(x -> x.statement().source() == n.statement().source())) {
                    side.add(n);
                }
            }
            if (side.size() >= MIN_SOURCES) {
                sides.add(side);
            }
        }
        sides.sort(Comparator.comparingInt((List<Naming> side) -> -side.size())
                .thenComparingInt(side -> side.get(0).statement().id()));
        if (sides.size() > MAX_SIDES) {
            sides = sides.subList(0, MAX_SIDES);
        }
        if (sides.size() < 2) {
            return List.of();
        }
        List<List<Statement>> statements = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int count = 0;
        for (List<Naming> side : sides) {
            statements.add(side.stream().map(Naming::statement).toList());
            names.add(side.get(0).written());
            count += side.size();
        }
        return List.of(new Conflict("claim", subject, heading + String.join(" / ", names), statements,
                strength + 0.2 * count));
    }
}
