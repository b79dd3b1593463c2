package io.newsdigest.followup;

import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Settlement;
import io.newsdigest.digest.Side;
import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.summary.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Disagreements an earlier digest reported that today's sources settle: today the story reports no disagreement
 * about the same, and one of today's shared facts (two articles or more) holds exactly one of its sides: for
 * figures, it gives the disputed figure with the value of one side; otherwise it repeats one side's sentence. A
 * disagreement already said to be settled by a later earlier digest is not settled again; one reported on
 * several days is settled once, with its latest day.
 */
final class Settlements {

    List<Settlement> find(StoryAcrossDays story) {
        List<Settlement> out = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        Set<Thing> disputed = disputedToday(story);
        for (ReportedStory s : story.earlierStories()) {
            for (Settlement done : s.story().settled()) {
                topics.add(done.topic());
            }
            for (Disagreement d : s.story().disagreements()) {
                if (d.topic() == null || !topics.add(d.topic())) {
                    continue;
                }
                Set<Thing> things = things(story, d);
                if (stillDisputed(story, d, things, disputed)) {
                    continue;
                }
                SharedFact settling = settling(story, d, things);
                if (settling != null) {
                    out.add(new Settlement(d.topic(), s.date(), settling.text(),
                            story.today().outlets(settling.supportedBy())));
                }
            }
        }
        return out;
    }

    /** The measured things the sides of today's disagreements give figures for. */
    private static Set<Thing> disputedToday(StoryAcrossDays story) {
        Set<Thing> out = new HashSet<>();
        for (Disagreement today : story.today().story().disagreements()) {
            for (Side side : today.sides()) {
                for (Statement a : story.statements(side.text(), side.evidence())) {
                    for (Quantity q : a.quantities()) {
                        out.add(thing(q));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether one of today's disagreements is about the same: about the same measured thing ({@code disputed}
     * holds today's), for a disagreement on figures; else with a side that repeats one of {@code d}'s.
     */
    private static boolean stillDisputed(StoryAcrossDays story, Disagreement d, Set<Thing> things,
            Set<Thing> disputed) {
        if (!things.isEmpty()) {
            return !Collections.disjoint(disputed, things);
        }
        for (Disagreement today : story.today().story().disagreements()) {
            for (Side side : today.sides()) {
                for (Statement a : story.statements(side.text(), side.evidence())) {
                    for (Side old : d.sides()) {
                        if (repeatsAny(story, a, old)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Today's shared fact (two articles or more) that settles {@code d}: for a disagreement on figures, one that
     * gives the disputed figure with a value only one side gave; otherwise one that repeats exactly one side.
     */
    private static SharedFact settling(StoryAcrossDays story, Disagreement d, Set<Thing> things) {
        for (SharedFact f : story.today().story().sharedFacts()) {
            if (f.supportedBy().size() < 2) {
                continue;
            }
            List<Statement> said = story.statements(f.text(), f.evidence());
            int sides = 0;
            for (Side old : d.sides()) {
                boolean held = false;
                for (Statement a : said) {
                    held |= things.isEmpty() ? repeatsAny(story, a, old) : givesValueOf(story, a, old, things);
                }
                sides += held ? 1 : 0;
            }
            if (sides == 1) {
                return f;
            }
        }
        return null;
    }

    /** Whether {@code a} gives one of the disputed figures with a value {@code side} gave. */
    private static boolean givesValueOf(StoryAcrossDays story, Statement a, Side side, Set<Thing> things) {
        for (Quantity q : a.quantities()) {
            if (!things.contains(thing(q))) {
                continue;
            }
            for (Quantity v : sideQuantities(story, side)) {
                if (thing(v).equals(thing(q)) && Figures.same(q, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The measured things every side of {@code d} gives a figure for (empty for other disagreements). */
    private static Set<Thing> things(StoryAcrossDays story, Disagreement d) {
        Set<Thing> common = null;
        for (Side side : d.sides()) {
            Set<Thing> mine = new HashSet<>();
            for (Quantity q : sideQuantities(story, side)) {
                mine.add(thing(q));
            }
            if (common == null) {
                common = mine;
            } else {
                common.retainAll(mine);
            }
        }
        return common == null ? Set.of() : common;
    }

    private static List<Quantity> sideQuantities(StoryAcrossDays story, Side side) {
        List<Quantity> out = new ArrayList<>();
        addQuantities(story, side.text(), out);
        for (Evidence e : side.evidence()) {
            addQuantities(story, e.text(), out);
        }
        return out;
    }

    private static void addQuantities(StoryAcrossDays story, String text, List<Quantity> out) {
        StoryAcrossDays.Said said = story.earlier(text);
        if (said != null) {
            out.addAll(said.statement().quantities());
        }
    }

    /** What a quantity measures: its dimension, unit family and anchor. */
    private record Thing(Dimension dimension, String unit, String anchor) {
    }

    private static Thing thing(Quantity q) {
        return new Thing(q.dimension(), q.unit(), q.anchor());
    }

    private static boolean repeatsAny(StoryAcrossDays story, Statement a, Side old) {
        for (StoryAcrossDays.Said e : story.closeTo(a)) {
            if (isOf(e.statement().text(), old) && story.repeats(a, e.statement())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOf(String text, Side side) {
        if (text.equals(side.text())) {
            return true;
        }
        for (Evidence e : side.evidence()) {
            if (text.equals(e.text())) {
                return true;
            }
        }
        return false;
    }
}
