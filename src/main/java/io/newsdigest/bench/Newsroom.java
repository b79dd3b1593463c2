package io.newsdigest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the articles of the benchmark day: for an {@link Event}, one outlet's {@link Report} of 400 to 900
 * words built from the event's facts (in the outlet's own choice of wording, some figures and claims
 * differing from other outlets') with background, voices and reactions around them; and wire copies, the
 * same report re-run by another outlet under its own headline, sometimes shortened.
 */
final class Newsroom {

    static final int MIN_WORDS = 400;
    static final int MAX_WORDS = 900;

    private final Names names;
    private final Map<String, List<String>> background = TextBank.sections("background.txt");

    Newsroom(Names names) {
        this.names = names;
    }

    /** An original report on {@code event} by {@code outlet}. */
    Report report(Event event, Names.Outlet outlet, SplittableRandom rng) {
        Map<String, String> slots = new HashMap<>(event.names());
        for (EventKind.Figure f : event.kind().figures()) {
            boolean rival = rng.nextDouble() < 0.25;
            slots.put(f.name(), f.style().write(event.figure(f.name(), rival)));
        }
        slots.put("source", outlet.name());
        EventKind kind = event.kind();
        List<String> core = new ArrayList<>();
        core.add(wording(kind.facts().get(0), rng));
        for (List<String> fact : kind.facts().subList(1, kind.facts().size())) {
            if (rng.nextDouble() < 0.85) {
                core.add(wording(fact, rng));
            }
        }
        for (List<String> claim : kind.claims()) {
            if (rng.nextDouble() < 0.8) {
                core.add(1 + rng.nextInt(core.size()), claim.get(rng.nextDouble() < 0.65 ? 0 : 1));
            }
        }
        List<String> colour = new ArrayList<>();
        for (String section : List.of("context", "quote", "reaction")) {
            colour.addAll(background.get(section));
        }
        shuffle(colour, rng);
        int target = MIN_WORDS + rng.nextInt(MAX_WORDS - MIN_WORDS + 1);
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int words = 0;
        int nextCore = 0;
        int nextColour = 0;
        while (words < target) {
            String template;
            boolean coreLeft = nextCore < core.size();
            if (nextCore == 0 || (coreLeft && (rng.nextDouble() < 0.6 || nextColour == colour.size()))) {
                template = core.get(nextCore++);
            } else if (nextColour < colour.size()) {
                template = colour.get(nextColour++);
            } else {
                break;
            }
            String sentence = TextBank.fill(template, slots);
            if (words + Report.words(sentence) > MAX_WORDS - 30) {
                break;
            }
            if (!paragraph.isEmpty() && (sentence.startsWith("\"") || paragraph.size() >= 1 + rng.nextInt(3))) {
                paragraphs.add(paragraph);
                paragraph = new ArrayList<>();
            }
            paragraph.add(sentence);
            words += Report.words(sentence);
        }
        paragraphs.add(paragraph);
        List<String> closing = background.get("closing");
        paragraphs.add(List.of(TextBank.fill(closing.get(rng.nextInt(closing.size())), slots)));
        return new Report(event, outlet, TextBank.fill(pick(kind.headlines(), rng), slots), names.person(rng),
                paragraphs, slots);
    }

    /**
     * {@code original} as re-run by {@code outlet}: another headline, and one paragraph fewer when the copy
     * stays over {@link #MIN_WORDS}; the sentences themselves are the original's.
     */
    Report wireCopy(Report original, Names.Outlet outlet, SplittableRandom rng) {
        List<List<String>> paragraphs = new ArrayList<>(original.paragraphs());
        if (paragraphs.size() > 3 && rng.nextBoolean()) {
            int drop = 1 + rng.nextInt(paragraphs.size() - 1);
            List<List<String>> shorter = new ArrayList<>(paragraphs);
            shorter.remove(drop);
            Report trial = new Report(original.event(), outlet, "", "", shorter, original.slots());
            if (trial.words() >= MIN_WORDS) {
                paragraphs = shorter;
            }
        }
        Map<String, String> slots = new HashMap<>(original.slots());
        slots.put("source", outlet.name());
        String headline = TextBank.fill(pick(original.event().kind().headlines(), rng), slots);
        return new Report(original.event(), outlet, headline, original.author(), paragraphs, slots);
    }

    private static String wording(List<String> fact, SplittableRandom rng) {
        return pick(fact, rng);
    }

    private static <T> T pick(List<T> list, SplittableRandom rng) {
        return list.get(rng.nextInt(list.size()));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
