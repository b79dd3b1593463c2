package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {

    private final MarkdownExtractor extractor = new MarkdownExtractor();

    @Test
    void the_first_level_one_heading_is_the_title_and_later_headings_are_blocks() {
        Extraction x = extractor.extract("# Ferry service resumes ##\n\nThe first boat left at dawn.\n\n"
                + "## What comes next ###\n\nA second boat follows on Friday.\n");
        assertEquals("Ferry service resumes", x.title());
        assertEquals(List.of("The first boat left at dawn.", "What comes next", "A second boat follows on Friday."),
                x.blocks());
    }

    @Test
    void block_quotes_lose_their_marks_and_rules_end_a_paragraph() {
        Extraction x = extractor.extract("Officials spoke on Monday.\n> \"We are ready,\" the harbour master said.\n"
                + "* * *\nThe quay reopened at noon.\n");
        assertEquals(List.of("Officials spoke on Monday. \"We are ready,\" the harbour master said.",
                "The quay reopened at noon."), x.blocks());
    }

    @Test
    void a_title_that_is_a_date_or_a_breadcrumb_is_no_title() {
        assertEquals(null, extractor.extract("---\ntitle: 12 March 2024\n---\nThe quay reopened at noon.\n").title());
        assertEquals(null, extractor.extract("# Home > News > Local\n\nThe quay reopened at noon.\n").title());
    }
}
