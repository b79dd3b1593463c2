package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final String PARAGRAPH = "<p>The harbour master said the channel would be dredged again in the spring, "
            + "after silt cut its depth by a metre.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void reads_an_article_nested_a_hundred_thousand_elements_deep() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + PARAGRAPH + "</div>".repeat(depth) + "</body></html>";
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(html, null));
        assertEquals(1, x.blocks().size());
    }

    @Test
    void reads_a_page_of_twenty_thousand_paragraphs_in_linear_time() {
        StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        for (int i = 0; i < 20_000; i++) {
            html.append(PARAGRAPH.replace("a metre", "a metre at buoy " + i));
        }
        html.append("</article></body></html>");
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(html.toString(), null));
        assertEquals(20_000, x.blocks().size());
    }

    @Test
    void never_throws_on_broken_markup() {
        for (String html : List.of("", "<", "<<<>>>", "<html><body><p>unclosed <b><i>tags", "\u0000\u0001<p>x",
                "<script>never closed", "<table><td><td><tr><p>cell text</table></p>")) {
            extractor.extract(html, null);
        }
    }

    @Test
    void never_takes_a_breadcrumb_or_date_line_for_the_title() {
        Extraction x = extractor.extract("<html><head><title>Home &gt; News &gt; Local</title></head><body>"
                + "<h1>12 March 2024</h1>" + PARAGRAPH + PARAGRAPH + "</body></html>", null);
        assertNull(x.title());
    }

    @Test
    void reads_metadata_from_open_graph_and_article_tags() {
        Extraction x = extractor.extract("<html><head><meta property='og:title' content='Channel to be dredged'>"
                + "<meta property='og:site_name' content='Harbour Gazette'>"
                + "<meta property='article:published_time' content='2024-03-12T08:00:00Z'></head><body>"
                + PARAGRAPH + "</body></html>", null);
        assertEquals("Channel to be dredged", x.title());
        assertEquals("Harbour Gazette", x.source());
        assertEquals("2024-03-12", x.published());
    }

    @Test
    void leaves_readers_comments_out_even_when_they_hold_more_text_than_the_article() {
        String comment = "<div class='comment'><p>I have sailed through that channel for thirty years and it has "
                + "never been this shallow, so the dredging cannot come soon enough for us.</p></div>";
        Extraction x = extractor.extract("<html><body><article>" + PARAGRAPH + PARAGRAPH.replace("spring", "summer")
                + "</article><section class='comments'>" + comment.repeat(6) + "</section></body></html>", null);
        assertEquals(2, x.blocks().size());
        assertTrue(x.blocks().get(0).startsWith("The harbour master"));
    }
}
