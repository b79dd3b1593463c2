package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBoilerplateTest {

    private static final String P1 = "The ferry company said on Monday that it would add a second boat to the island route from May.";
    private static final String P2 = "Passengers have complained for years about queues that stretch back to the harbour road in summer.";
    private static final String P3 = "A return ticket will cost the same as now, and children under five will still travel free of charge.";

    @Test
    void keeps_short_lines_and_sentences_between_paragraphs() {
        assertEquals(List.of(P1, "More boats", "It said so.", P2),
                TextBoilerplate.clean(List.of(P1, "More boats", "It said so.", P2)));
    }

    @Test
    void drops_short_lines_at_the_edges_of_a_page() {
        assertEquals(List.of(P1, P2), TextBoilerplate.clean(List.of("Harbour News", "By the newsroom", P1, P2, "Wire staff")));
    }

    @Test
    void drops_a_labelled_list_of_other_headlines_between_paragraphs() {
        assertEquals(List.of(P1, P2), TextBoilerplate.clean(List.of(
                P1, "More in Travel", "Airport opens a new terminal", "Rail strike called off", P2)));
    }

    @Test
    void drops_three_headline_lines_in_a_row_even_without_a_label() {
        assertEquals(List.of(P1, P2), TextBoilerplate.clean(List.of(P1,
                "Airport opens a new terminal on the east side", "Rail strike called off after late talks",
                "Bus drivers vote on a new pay offer", P2)));
    }

    @Test
    void drops_both_copies_of_a_caption_shown_twice_in_a_row() {
        String caption = "The new boat arrives in the harbour on Sunday morning, watched by a small crowd.";
        assertEquals(List.of(P1, P2), TextBoilerplate.clean(List.of(caption, caption, P1, P2)));
    }

    @Test
    void keeps_the_first_copy_of_a_paragraph_quoted_again_further_down() {
        assertEquals(List.of(P1, P2, P3), TextBoilerplate.clean(List.of(P1, P2, P1, P3)));
    }

    @Test
    void drops_a_pull_quote_that_repeats_part_of_a_paragraph() {
        String paragraph = "The harbour master said the crossing would stay open all winter. \"We have never had "
                + "so many passengers in the cold months,\" she said, adding that a third boat was possible.";
        String pullQuote = "\"We have never had so many passengers in the cold months.\"";
        assertEquals(List.of(P1, paragraph, P2), TextBoilerplate.clean(List.of(P1, paragraph, pullQuote, P2)));
    }

    @Test
    void keeps_list_items_that_repeat_each_other() {
        List<Block> blocks = List.of(
                new Block(P1, 0, Block.Kind.PARAGRAPH, false),
                new Block("Monday: two boats, every hour from the north quay.", 0, Block.Kind.ITEM, false),
                new Block("Tuesday: two boats, every hour from the north quay.", 0, Block.Kind.ITEM, false),
                new Block(P2, 0, Block.Kind.PARAGRAPH, false));
        assertEquals(4, TextBoilerplate.body(blocks, null, true).size());
    }

    @Test
    void drops_prompts_to_comment_log_in_or_subscribe() {
        assertEquals(List.of(P1, P2), TextBoilerplate.clean(List.of(P1, P2, "No comments yet",
                "Be the first to share your thoughts on this article.",
                "To write comments, please log in to one of the accounts.",
                "Sign up for our newsletter and get the news in your inbox.")));
    }

    @Test
    void drops_widgets_breadcrumbs_interface_words_and_tag_lines() {
        assertEquals(List.of(P1, P2), TextBoilerplate.clean(List.of("CLOSE", "Loading...", "9° Harbourtown,",
                "Friday 19th July 2024", "Home > Travel > Ferries", "print share email", P1, P2,
                "Tags: ferries, islands, summer", "(0/250)")));
    }

    @Test
    void drops_the_headline_wherever_the_page_repeats_it() {
        Block title = Block.line("Second ferry for the island route");
        Block glued = Block.line("HomeTravelSecond ferry for the island route");
        assertEquals(List.of(P1, P2), TextBoilerplate.body(
                List.of(glued, title, Block.line(P1), title, Block.line(P2)), "Second ferry for the island route", false));
    }

    @Test
    void keeps_a_list_whole_when_there_is_no_prose_around_it() {
        assertEquals(List.of("Round 1: 6 April, North Bay", "Round 2: 11 May, Heron Point"),
                TextBoilerplate.clean(List.of("Round 1: 6 April, North Bay", "Round 2: 11 May, Heron Point")));
    }

    @Test
    void treats_mostly_linked_blocks_as_chrome_but_keeps_prose_with_a_few_links() {
        String menu = "News Sport Weather Travel";
        String linked = "The operator, which also runs the airport bus, said it had ordered the boat last year.";
        List<Block> blocks = List.of(
                new Block(P1, 0, Block.Kind.PARAGRAPH, false),
                new Block(menu, TextMeasures.visibleChars(menu), Block.Kind.ITEM, false),
                new Block(linked, 12, Block.Kind.PARAGRAPH, false),
                new Block(P2, 0, Block.Kind.PARAGRAPH, false));
        assertEquals(List.of(P1, linked, P2), TextBoilerplate.body(blocks, null, true));
    }

    @Test
    void drops_blocks_the_markup_names_as_chrome() {
        List<Block> blocks = List.of(
                new Block(P1, 0, Block.Kind.PARAGRAPH, false),
                new Block(P3, 0, Block.Kind.PARAGRAPH, true),
                new Block(P2, 0, Block.Kind.PARAGRAPH, false));
        assertEquals(List.of(P1, P2), TextBoilerplate.body(blocks, null, true));
    }
}
