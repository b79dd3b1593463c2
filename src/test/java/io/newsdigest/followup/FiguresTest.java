package io.newsdigest.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.quantity.Quantity;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final TermAnalyzer ANALYZER = new TermAnalyzer();
    private static final QuantityReader READER = new QuantityReader(ANALYZER);

    private static Quantity figure(String sentence) {
        return READER.read(AnalyzedSentence.of(sentence, new Tokenizer(), ANALYZER)).get(0);
    }

    private static boolean moved(String now, String... earlier) {
        return Figures.moved(figure(now), java.util.Arrays.stream(earlier).map(FiguresTest::figure).toList());
    }

    @Test
    void a_toll_that_rose_moved() {
        assertTrue(moved("The flood killed 112 people.", "The flood killed 40 people."));
    }

    @Test
    void an_open_figure_and_a_larger_exact_one_moved_although_both_could_be_true() {
        assertTrue(moved("The flood killed 112 people.", "The flood killed at least 40 people."));
    }

    @Test
    void the_same_figure_written_otherwise_did_not_move() {
        assertFalse(moved("About 200 people are missing.", "200 people are missing."));
        assertFalse(moved("At least 40 people were killed.", "More than 40 people were killed."));
        assertFalse(moved("Twelve people were killed.", "12 people were killed."));
    }

    @Test
    void one_matching_earlier_value_is_enough() {
        assertFalse(moved("17 miners were trapped.", "14 miners were trapped.", "17 miners were trapped."));
    }

    @Test
    void figures_of_different_things_never_moved() {
        assertFalse(moved("The flood killed 112 people.", "200 people are missing."));
        assertFalse(moved("The flood killed 112 people.", "The company earned $40 million."));
        assertFalse(moved("The flood killed 112 people.", new String[0]));
        assertFalse(Figures.moved(figure("The flood killed 112 people."), List.of()));
    }
}
