package io.newsdigest.summary.disagreement;

import io.newsdigest.story.Partition;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

    private static final int MAX_SIDES = 4;
    /** Answering statements compared per story, the most central first: names are compared pairwise. */
    private static final int MAX_NAMINGS = 250;
    /** Sources that must give an answer for it to be a side: a claim the news carries. */
    private static final int MIN_SOURCES = 2;

    private NamedSides() {
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
        if (namings.size() > MAX_NAMINGS) {
            namings.sort(Comparator.comparingDouble((Naming n) -> -reading.centrality(n.statement()))
                    .thenComparingInt(n -> n.statement().id()));
            namings = new ArrayList<>(namings.subList(0, MAX_NAMINGS));
            namings.sort(Comparator.comparingInt(n -> n.statement().id()));
        }
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
