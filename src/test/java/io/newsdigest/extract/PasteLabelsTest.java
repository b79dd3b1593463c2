package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasteLabelsTest {

    private static final String BODY = "The council voted on Monday to keep the library open for three more years.";

    @Test
    void reads_a_url_line_and_a_date_stamp_opening_the_first_line_as_metadata() {
        PasteLabels p = PasteLabels.read(List.of("URL: https://example.org/news/library-vote", "",
                " date 2024-03-05 Council keeps the library open", "", BODY));
        assertEquals("https://example.org/news/library-vote", p.url());
        assertEquals("2024-03-05", p.published());
        assertEquals(List.of("Council keeps the library open", "", BODY), p.lines());
    }

    @Test
    void reads_every_labelled_line_of_the_head_and_drops_the_byline() {
        PasteLabels p = PasteLabels.read(List.of("Title: Council keeps the library open", "Source: The Quarry Times",
                "Published: 5 March 2024", "By Jane Okafor", "", BODY));
        assertEquals("Council keeps the library open", p.title());
        assertEquals("The Quarry Times", p.source());
        assertEquals("2024-03-05", p.published());
        assertEquals(List.of(BODY), p.lines());
    }

    @Test
    void stops_at_the_first_line_that_is_not_a_label() {
        PasteLabels p = PasteLabels.read(List.of("Council keeps the library open", "Source: the mayor's office", BODY));
        assertNull(p.source());
        assertEquals(3, p.lines().size());
    }

    @Test
    void a_label_whose_value_is_not_what_it_promises_is_text() {
        PasteLabels p = PasteLabels.read(List.of("URL: see the council's website", BODY));
        assertNull(p.url());
        assertEquals("URL: see the council's website", p.lines().get(0));
        PasteLabels d = PasteLabels.read(List.of("Date: to be announced", BODY));
        assertNull(d.published());
        assertEquals(2, d.lines().size());
    }

    @Test
    void a_sentence_that_starts_with_by_is_not_a_byline() {
        PasteLabels p = PasteLabels.read(List.of("By Monday the council had voted.", BODY));
        assertEquals(2, p.lines().size());
    }

    @Test
    void a_paste_headed_by_labels_gets_its_title_from_the_text_never_from_a_label_line() {
        String body = "The council voted on Monday evening to keep the Harwick library open for at least three more"
                + " years, ending months of doubt.";
        Extraction x = new TextExtractor().extract("URL: https://example.org/a\n\n date 2024-03-05 Council keeps the"
                + " library open\n\n" + body + "\n\nThe vote was 7 to 2, with two members absent from the chamber,"
                + " and the mayor said the money would come from reserves.\n");
        assertEquals("Council keeps the library open", x.title());
        assertEquals("https://example.org/a", x.url());
        assertEquals("2024-03-05", x.published());
        assertEquals(body, x.blocks().get(0));
    }

    @Test
    void a_web_address_given_as_the_source_is_the_url() {
        PasteLabels p = PasteLabels.read(List.of("Source: https://example.org/a", BODY));
        assertNull(p.source());
        assertEquals("https://example.org/a", p.url());
    }

    @Test
    void a_paste_read_as_markdown_keeps_its_labels_out_of_the_body_too() {
        Extraction x = new MarkdownExtractor().extract("URL: https://example.org/b\n\n date 2024-03-06 The council"
                + " voted **again** on Tuesday to keep the Harwick library open, after a second long debate.\n");
        assertEquals("https://example.org/b", x.url());
        assertEquals("2024-03-06", x.published());
        assertEquals("The council voted again on Tuesday to keep the Harwick library open, after a second long"
                + " debate.", x.blocks().get(0));
    }

    @Test
    void a_paste_cut_off_in_mid_sentence_keeps_its_last_paragraph() {
        Extraction x = new TextExtractor().extract("Council keeps the library open\n\nThe council voted on Monday"
                + " evening to keep the Harwick library open for at least three more years, ending months of doubt.\n\n"
                + "The mayor said the money would come from reserves and that the reading room would reopen in the spring"
                + " once the roof and the old heating were");
        assertEquals(2, x.blocks().size(), () -> "blocks: " + x.blocks());
    }
}
