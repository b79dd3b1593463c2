package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.digest.Digest;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A digest whose stories continue earlier ones ({@code followed.json}): what moved and what is new come first. */
class FollowedStoriesRenderingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/io/newsdigest/render");

    private static RenderedDigest rendered;

    @BeforeAll
    static void render() throws IOException {
        rendered = new DigestRenderer().render(
                Json.read(Files.readAllBytes(FIXTURES.resolve("followed.json")), Digest.class));
    }

    @Test
    void the_plain_text_reads_as_expected() throws IOException {
        assertEquals(Files.readString(FIXTURES.resolve("followed.expected.txt")), rendered.text());
    }

    @Test
    void the_subject_counts_new_and_continuing_stories() {
        assertEquals("News digest, 15 September 2024: 3 stories (1 new, 2 continuing) from 6 articles",
                rendered.subject());
    }

    @Test
    void a_moved_figure_shows_then_and_now_with_days_and_sources() {
        assertTrue(rendered.html().contains("<strong>Death toll:</strong> 5,300 (12 Sep: Coast Post) &#8594; "
                + "<strong>11,300 (15 Sep: Red Crescent Radio)</strong>"), rendered.html());
    }

    @Test
    void facts_reported_before_are_folded_into_one_line_listed_small_below_it() {
        String html = rendered.html();
        int newSince = html.indexOf(">New since 12 Sep</h3>");
        int folded = html.indexOf("Still reported: 1 fact from earlier digests</div>");
        assertTrue(newSince > 0 && folded > newSince, html);
        assertTrue(html.indexOf("<li style=\"margin:0 0 3px;\">Two dams above Derrow collapsed.</li>") > folded);
    }

    @Test
    void a_continuing_story_with_nothing_new_is_one_line() {
        String html = rendered.html();
        int ferry = html.indexOf("3. Ferry still aground</h2>");
        String rest = html.substring(ferry, html.indexOf("</div>\n", html.indexOf("No new facts", ferry)));
        assertTrue(rest.contains("<p style=\"margin:0;\">No new facts since 12 Sep; 2 more articles</p>"), rest);
        assertFalse(rest.contains("Articles"), rest);
        assertFalse(rest.contains("The ferry ran aground on Wednesday."), rest);
    }

    @Test
    void a_new_story_reads_as_before() {
        String html = rendered.html();
        String theft = html.substring(html.indexOf("2. Paintings stolen from museum</h2>"),
                html.indexOf("3. Ferry still aground</h2>"));
        assertTrue(theft.contains(">What the sources agree on</h3>"), theft);
        assertFalse(theft.contains("Continues"), theft);
    }
}
