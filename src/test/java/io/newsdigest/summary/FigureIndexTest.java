package io.newsdigest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureIndexTest {

    private static Quantity q(Dimension d, String writtenIn, double low, double high) {
        return new Quantity(d, "", writtenIn, low, high, "", Set.of(), 0, 0);
    }

    @Test
    void a_figure_counts_as_mentioned_only_when_another_source_states_a_compatible_one() {
        FigureIndex index = new FigureIndex();
        index.add(q(Dimension.COUNT, "", 212, 212), 0);
        index.add(q(Dimension.COUNT, "", 300, 300), 1);
        index.add(q(Dimension.COUNT, "", 250, 260), 2);
        assertFalse(index.mentionedElsewhere(q(Dimension.COUNT, "", 212, 212), 0), "only its own source");
        assertTrue(index.mentionedElsewhere(q(Dimension.COUNT, "", 212, 212), 1));
        assertTrue(index.mentionedElsewhere(q(Dimension.COUNT, "", 255, 255), 0), "inside an interval");
        assertFalse(index.mentionedElsewhere(q(Dimension.YEAR, "", 212, 212), 1), "another dimension");
    }

    @Test
    void figures_written_in_different_units_meet_within_the_rounding_tolerance() {
        FigureIndex index = new FigureIndex();
        index.add(q(Dimension.COUNT, "m", 300, 300), 0);
        assertTrue(index.mentionedElsewhere(q(Dimension.COUNT, "ft", 299.9, 299.9), 1));
        assertFalse(index.mentionedElsewhere(q(Dimension.COUNT, "m", 299.9, 299.9), 1), "same unit: exact");
    }

    /** The index answers as trying {@link Quantity#compatibleWith} against every figure of every other source. */
    @Test
    void answers_as_the_pairwise_comparison_does_on_random_figures() {
        Random random = new Random(17);
        String[] units = {"", "m", "ft"};
        for (int round = 0; round < 200; round++) {
            List<Quantity> figures = new ArrayList<>();
            List<Integer> sources = new ArrayList<>();
            FigureIndex index = new FigureIndex();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                Quantity f = randomFigure(random, units);
                int source = random.nextInt(4);
                figures.add(f);
                sources.add(source);
                index.add(f, source);
            }
            for (int t = 0; t < 40; t++) {
                Quantity asked = randomFigure(random, units);
                int source = random.nextInt(4);
                boolean expected = false;
                for (int i = 0; i < n; i++) {
                    Quantity f = figures.get(i);
                    expected |= sources.get(i) != source && f.comparableWith(asked) && f.compatibleWith(asked);
                }
                assertEquals(expected, index.mentionedElsewhere(asked, source), asked + " from " + source + " in "
                        + figures + " " + sources);
            }
        }
    }

    @Test
    void a_story_of_a_million_distinct_figures_is_indexed_and_asked_in_well_under_a_second_each() {
        FigureIndex index = new FigureIndex();
        for (int i = 0; i < 1_000_000; i++) {
            index.add(q(Dimension.COUNT, "", i * 2, i * 2), i % 2);
        }
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < 1_000_000; i++) {
            found += index.mentionedElsewhere(q(Dimension.COUNT, "", i * 2 + 1, i * 2 + 1), 5) ? 1 : 0;
        }
        assertEquals(0, found);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "a million questions in under 10 s");
    }

    private static Quantity randomFigure(Random random, String[] units) {
        Dimension d = random.nextBoolean() ? Dimension.COUNT : Dimension.YEAR;
        double low = random.nextInt(60) - 10;
        double high = random.nextInt(4) == 0 ? low + random.nextInt(10) : low;
        if (random.nextInt(20) == 0) {
            high = Double.POSITIVE_INFINITY;
        }
        return q(d, units[random.nextInt(units.length)], low, high);
    }
}
