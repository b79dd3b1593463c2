package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupGuardTest {

    private static MarkupGuard.Guarded guard(String markup) throws UnreadableUpload {
        return MarkupGuard.guard(markup);
    }

    @Test
    void markup_within_the_limits_comes_back_as_the_very_same_string() throws UnreadableUpload {
        String page = "<!DOCTYPE html><html><head><title>a < b</title><script>if (a<b && c>d) x('<div>')</script>"
                + "</head><body><div class=\"x>y\"><p>One<p>Two<br/><img src=a.png>"
                + "<!-- <div><div><div> --></div></body></html>";
        MarkupGuard.Guarded g = guard(page);
        assertSame(page, g.markup());
        assertEquals(List.of(), g.issues());
    }

    @Test
    void start_tags_beyond_the_depth_limit_are_dropped_with_their_end_tags_and_the_text_stays() throws UnreadableUpload {
        int levels = MarkupGuard.MAX_DEPTH + 3;
        String page = "<div>".repeat(levels) + "deep" + "</div>".repeat(levels) + "after";
        MarkupGuard.Guarded g = guard(page);
        assertEquals("<div>".repeat(MarkupGuard.MAX_DEPTH) + "deep" + "</div>".repeat(MarkupGuard.MAX_DEPTH) + "after",
                g.markup());
        assertEquals(List.of("markup nested deeper than 512 levels; 3 inner tags ignored, their text kept"), g.issues());
    }

    @Test
    void elements_a_sibling_closes_and_self_closed_ones_add_no_depth() throws UnreadableUpload {
        String page = "<section>" + "<p>x<li>y<td>z<br><span/>".repeat(2000) + "</section>";
        assertSame(page, guard(page).markup());
    }

    @Test
    void an_end_tag_closes_the_elements_left_open_inside_its_element() throws UnreadableUpload {
        String page = "<div><span><span><em>text</div>".repeat(2000);
        assertSame(page, guard(page).markup());
    }

    @Test
    void formatting_tags_left_open_beyond_four_are_dropped_with_their_end_tags() throws UnreadableUpload {
        MarkupGuard.Guarded g = guard("<b>1<i>2<u>3<em>4<strong>5<b>6</b></strong>7");
        assertEquals("<b>1<i>2<u>3<em>4567", g.markup());
        assertEquals(List.of("more than 4 formatting tags left open; 2 of them ignored, their text kept"), g.issues());
    }

    @Test
    void the_content_of_scripts_styles_and_comments_is_not_markup() throws UnreadableUpload {
        String tags = "<div>".repeat(MarkupGuard.MAX_DEPTH + 10);
        String page = "<script>" + tags + "</script ><style>" + tags + "</STYLE><!--" + tags + "-->"
                + "<textarea>" + tags + "</textarea>";
        assertSame(page, guard(page).markup());
    }

    @Test
    void quotes_count_only_around_attribute_values() throws UnreadableUpload {
        String page = "<p title=it's>one</p><div data-x=\"a>b\">two</div><a href='x\"y'>three</a>";
        assertSame(page, guard(page).markup());
    }

    @Test
    void an_unterminated_tag_or_comment_at_the_end_is_left_as_it_is() throws UnreadableUpload {
        for (String page : List.of("<div><p>text <img src=\"a.png", "<p>text <!-- open comment <div>", "a < b", "<")) {
            assertSame(page, guard(page).markup());
        }
    }

    @Test
    void a_page_with_more_tags_than_any_article_needs_is_refused() {
        UnreadableUpload e = assertThrows(UnreadableUpload.class,
                () -> guard("<p>".repeat(MarkupGuard.MAX_TAGS + 1)));
        assertEquals("more than 200000 HTML tags; too many to be one article", e.getMessage());
    }

    @Test
    void end_tags_alone_never_cost_more_than_one_look_each() throws UnreadableUpload {
        String page = "<div>".repeat(MarkupGuard.MAX_DEPTH) + "</nothing>".repeat(1_000_000);
        long start = System.nanoTime();
        assertSame(page, guard(page).markup());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void raw_text_and_rcdata_elements_close_at_their_end_tag_and_add_no_depth() throws UnreadableUpload {
        String blocks = "<style>.a{}</style><script>x()</script><title>t</title><textarea>a</textarea><xmp>x</xmp>"
                + "<iframe>i</iframe><noembed>n</noembed><noframes>f</noframes>";
        MarkupGuard.Guarded g = guard(blocks.repeat(600) + "<div><div>deep</div></div>");
        assertEquals(List.of(), g.issues());
        assertEquals(2, g.depth());
        assertEquals(8 * 600 + 2, g.elements());
    }

    @Test
    void a_comment_closed_at_once_hides_no_tags() {
        String tags = "<p>ab".repeat(MarkupGuard.MAX_TAGS + 1);
        for (String opening : List.of("<!-->", "<!--->", "<!-- a --!>", "<div =\"x>", "<?x <!-- >", "</ x <!-- >")) {
            assertThrows(UnreadableUpload.class, () -> guard("<p>text</p>" + opening + tags), opening);
        }
    }
}
