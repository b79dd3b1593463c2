package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastedHeaderTest {

    private static final String BODY = "The council voted on Monday to keep the library open for at least three more years, ending months of doubt.";

    private static PastedHeader header(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String l : lines) {
            blocks.add(Block.line(l));
        }
        return PastedHeader.of(blocks);
    }

    @Test
    void takes_the_first_headline_like_line_as_title_skipping_widgets_and_breadcrumbs() {
        PastedHeader h = header("MENU", "8° Harwick,", "Tuesday 7th March 2023", "Home > News", "Council keeps the library open", BODY);
        assertEquals("Council keeps the library open", h.title());
    }

    @Test
    void prefers_the_headline_the_page_repeats_inside_a_longer_line() {
        PastedHeader h = header("HomeLocalCouncil keeps the library open", "Council keeps the library open", BODY);
        assertEquals("Council keeps the library open", h.title());
    }

    @Test
    void reads_the_outlet_from_the_line_after_the_title() {
        assertEquals("The Quarry Times", header("Council keeps the library open", "The Quarry Times", BODY).source());
        assertEquals("Valley Daily", header("Council keeps the library open", "Valley Daily", BODY).source());
    }

    @Test
    void does_not_take_a_byline_or_a_section_for_the_outlet() {
        assertNull(header("Council keeps the library open", "By Ann Lee", BODY).source());
        assertNull(header("Council keeps the library open", "Newsroom", BODY).source());
        assertNull(header("Council keeps the library open", "Share", BODY).source());
    }

    @Test
    void reads_the_date_from_a_labelled_dateline_but_not_from_a_date_widget_above_the_title() {
        assertEquals("2024-12-05", header("Council keeps the library open", "Published: 05 Dec. 2024, 11:27", BODY).published());
        assertNull(header("Friday 19th July 2024", "Council keeps the library open", BODY).published());
        assertEquals("2023-06-04", header("Council keeps the library open", "June 4, 2023", BODY).published());
    }

    @Test
    void reads_the_address_from_a_head_line_that_holds_only_a_link() {
        assertEquals("https://www.quarry-times.example/news/library?ref=home",
                header("URL: https://www.quarry-times.example/news/library?ref=home", "", BODY).url());
        assertEquals("https://quarry.example/a", header("Council keeps the library open", "Source: <https://quarry.example/a>", BODY).url());
        assertEquals("http://quarry.example/a", header("http://quarry.example/a", "Council keeps the library open", BODY).url());
        assertNull(header("Read more at https://quarry.example/a today", BODY).url(), "a link inside a line is not the page's");
        assertNull(header("URL: ftp://quarry.example/a", BODY).url());
        assertNull(header(BODY, "URL: https://quarry.example/after-the-head").url(), "only the head counts");
        assertNull(header("URL: https://quarry.example/a-long-address-of-words", BODY).title(), "an address is no title");
    }

    @Test
    void finds_nothing_when_the_text_starts_with_the_body() {
        PastedHeader h = header(BODY, BODY);
        assertNull(h.title());
        assertNull(h.source());
        assertNull(h.published());
    }

    @Test
    void knows_outlet_names_from_personal_names() {
        assertTrue(PastedHeader.isOutletName("The Hindu Times"));
        assertTrue(PastedHeader.isOutletName("Korea Evening Daily"));
        assertFalse(PastedHeader.isOutletName("Jane Smith"));
        assertFalse(PastedHeader.isOutletName("Updated 5 June 2024"));
    }
}
