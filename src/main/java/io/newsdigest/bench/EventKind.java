package io.newsdigest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kind of news event (a flood, a strike, a data breach) as the outlets of the benchmark day write about it:
 * its figures, headlines, facts (each in several wordings) and contested claims (a claim and its contrary).
 * Read from {@code events.txt}; all text is invented.
 */
record EventKind(String name, List<Figure> figures, List<String> headlines, List<List<String>> facts,
                 List<List<String>> claims, Map<String, List<String>> slots) {

    /** Every kind in {@code events.txt}, in file order. */
    static List<EventKind> all() {
        List<EventKind> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : TextBank.sections("events.txt").entrySet()) {
            out.add(parse(section.getKey(), section.getValue()));
        }
        return List.copyOf(out);
    }

    private static EventKind parse(String name, List<String> lines) {
        List<Figure> figures = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        List<List<String>> facts = new ArrayList<>();
        List<List<String>> claims = new ArrayList<>();
        Map<String, List<String>> slots = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            String word = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            switch (word) {
                case "headline" -> headlines.add(rest);
                case "fact" -> facts.add(new ArrayList<>(List.of(rest)));
                case "|" -> {
                    if (facts.isEmpty()) {
                        throw new IllegalStateException(name + ": a wording before any fact: " + line);
                    }
                    facts.get(facts.size() - 1).add(rest);
                }
                case "claim" -> {
                    String[] sides = rest.split(" / ");
                    if (sides.length != 2) {
                        throw new IllegalStateException(name + ": a claim needs two sides: " + line);
                    }
                    claims.add(List.of(sides[0].strip(), sides[1].strip()));
                }
                case "slot" -> {
                    String[] nameAndValues = rest.split(" ", 2);
                    slots.put(nameAndValues[0], List.of(nameAndValues[1].split("\\s*;\\s*")));
                }
                default -> figures.add(Figure.parse(line));
            }
        }
        if (facts.isEmpty() || headlines.isEmpty()) {
            throw new IllegalStateException(name + ": needs facts and headlines");
        }
        return new EventKind(name, List.copyOf(figures), List.copyOf(headlines),
                facts.stream().map(List::copyOf).toList(), List.copyOf(claims),
                java.util.Collections.unmodifiableMap(slots));
    }

    /** A number an event has, with the range it is drawn from and how outlets write it. */
    record Figure(String name, Style style, int min, int max) {

        static Figure parse(String line) {
            String[] w = line.split("\\s+");
            if (w.length != 4) {
                throw new IllegalStateException("not a figure (STYLE NAME MIN MAX): " + line);
            }
            return new Figure(w[1], Style.valueOf(w[0].toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(w[2]), Integer.parseInt(w[3]));
        }
    }

    /** How a figure is written. Values are whole numbers, except percent (tenths) and money (tenths of millions). */
    enum Style {
        COUNT, PLAIN, MONEY, PERCENT;

        /** The figure's value in the unit it is written in, scaled to whole numbers (tenths where noted). */
        int scale(int drawn) {
            return this == MONEY || this == PERCENT ? drawn * 10 : drawn;
        }

        String write(int value) {
            return switch (this) {
                case COUNT -> String.format(java.util.Locale.ROOT, "%,d", value);
                case PLAIN -> Integer.toString(value);
                case MONEY -> value >= 10_000
                        ? String.format(java.util.Locale.ROOT, "$%.1f billion", value / 10_000.0)
                        : "$" + tenths(value) + " million";
                case PERCENT -> tenths(value) + "%";
            };
        }

        private static String tenths(int value) {
            return value % 10 == 0 ? Integer.toString(value / 10) : value / 10 + "." + value % 10;
        }
    }
}
