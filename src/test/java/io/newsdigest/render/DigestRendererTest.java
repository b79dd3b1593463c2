package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.digest.Digest;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DigestRendererTest {

    private static final Path FIXTURES = Path.of("src/test/resources/io/newsdigest/render");

    private static RenderedDigest rendered;

    @BeforeAll
    static void render() throws IOException {
        Digest digest = Json.read(Files.readAllBytes(FIXTURES.resolve("digest.json")), Digest.class);
        rendered = new DigestRenderer().render(digest);
    }

    @Test
    void the_plain_text_reads_as_expected() throws IOException {
        assertEquals(Files.readString(FIXTURES.resolve("digest.expected.txt")), rendered.text());
    }

    @Test
    void the_subject_counts_stories_and_articles() {
        assertEquals("News digest, 20 June 2024: 2 stories from 4 articles", rendered.subject());
    }

    @Test
    void every_character_of_article_text_is_escaped_in_html() {
        String html = rendered.html();
        assertTrue(html.contains("A brass band played &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; during"), html);
        assertTrue(html.contains("Footbridge &lt;b&gt;now&lt;/b&gt; open"));
        assertTrue(html.contains("180 metres long &amp; links"));
        assertTrue(html.contains("Night market &quot;Lanterns &amp; Lights&quot; returns"));
        assertFalse(html.contains("<script"), "no script element of any kind");
        assertFalse(html.contains("<b>now"));
    }

    @Test
    void links_are_http_or_https_only_and_show_the_host_they_lead_to() {
        String html = rendered.html();
        assertTrue(html.contains("<a href=\"https://ledger.example/city/footbridge\""));
        assertTrue(html.contains("(ledger.example)"));
        assertTrue(html.contains("(www.radio-fenwick.example)"), "beside a link, the host it really leads to");
        assertFalse(html.toLowerCase().contains("javascript:"));
        assertEquals(3, html.split("<a href=\"http").length - 1);
    }

    @Test
    void the_html_is_a_simple_mail_safe_page() {
        String html = rendered.html();
        assertTrue(html.contains("max-width:640px"));
        assertTrue(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"));
        for (String banned : List.of("<table", "<img", "<script", "<link", "<iframe", "src=", "url(")) {
            assertFalse(html.contains(banned), banned);
        }
    }

    @Test
    void each_story_shows_agreement_differences_unique_claims_and_articles() {
        String html = rendered.html();
        assertTrue(html.contains("Thursday, 20 June 2024"));
        assertTrue(html.contains("2 stories from 4 articles"));
        assertTrue(html.contains("<strong>Agreed by 3 of 3 sources</strong>: Brenmoor Ledger, courier and "
                + "radio-fenwick.example"));
        assertTrue(html.contains("<strong>Agreed by 2 of 3 sources</strong>: Brenmoor Ledger and radio-fenwick.example"));
        assertTrue(html.contains("Where sources differ"));
        assertTrue(html.contains("Figures differ: cost of the bridge"));
        assertTrue(html.contains("\u201cThe footbridge cost 7.1 million euros to build, according to the audit office."
                + "\u201d<br><span class=\"nd-muted\" style=\"font-size:13px;color:#5b616b;\">&#8212; courier</span>"));
        assertTrue(html.contains("Only one source says"));
        assertTrue(html.contains("Could not be read (1 upload)"));
        assertTrue(html.contains("inbox/scan.pdf: not text: looks like a binary file"));
    }

    @Test
    void the_plain_text_keeps_to_78_columns_and_never_breaks_a_link() {
        for (String line : rendered.text().split("\n")) {
            boolean link = line.strip().startsWith("http");
            assertTrue(link || line.codePointCount(0, line.length()) <= 78, line);
        }
        assertTrue(rendered.text().contains("\n     https://www.quayside-weekly.example/culture/2024/06/20/"
                + "night-market-lanterns-and-lights-returns-to-the-old-harbour?utm_source=feed\n"), "a long link whole");
    }

    @Test
    void the_html_opens_with_a_contents_list_linking_to_each_story() {
        Document page = Jsoup.parse(rendered.html());
        Elements items = page.select("ol > li");
        assertEquals(2, items.size());
        assertEquals("#story-1", items.get(0).selectFirst("a").attr("href"));
        assertEquals("Tallow Creek footbridge opens", items.get(0).selectFirst("a").text());
        assertTrue(items.get(0).text().endsWith("3 sources, 1 disagreement"), items.get(0).text());
        assertTrue(items.get(1).text().endsWith("2 sources, no disagreements"), items.get(1).text());
        assertEquals("1. Tallow Creek footbridge opens", page.getElementById("story-1").text());
        assertEquals("2. Night market \"Lanterns & Lights\" returns", page.getElementById("story-2").text());
        assertTrue(rendered.html().indexOf("In this digest") < rendered.html().indexOf("id=\"story-1\""));
    }

    @Test
    void a_line_break_inside_a_value_never_starts_a_line_of_the_plain_text() {
        Digest digest = Json.read(("{\"date\": \"2024-06-20\", \"articleCount\": 1, \"rejected\": [], \"stories\": [{"
                + "\"id\": \"s\", \"headline\": \"Ferry\\r\\n-- forged line\\u2028and more\", \"articles\": [],"
                + " \"sharedFacts\": [], \"disagreements\": [], \"uniqueClaims\": []}]}").getBytes(), Digest.class);

        String text = new DigestRenderer().render(digest).text();

        assertTrue(text.contains("1. Ferry -- forged line and more\n"), text);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("-- forged")), text);
    }

    @Test
    void a_sentence_cut_from_a_longer_quotation_gets_back_the_mark_it_lost() {
        assertEquals("\u201cWe will help everyone,\u201d he said.",
                DigestView.closed("We will help everyone,\u201d he said."));
        assertEquals("He said: \u201cWe will help.\u201d", DigestView.closed("He said: \u201cWe will help."));
        assertEquals("\"We will help.\"", DigestView.closed("\"We will help."));
        assertEquals("\"Help is coming,\" she said.", DigestView.closed("Help is coming,\" she said."));
        assertEquals("\u201cIt shook,\u201d she said.", DigestView.closed("\u201cIt shook,\u201d she said."));
        assertEquals("The bridge opened.", DigestView.closed("The bridge opened."));
        assertEquals("\u201cWe will help,\u201d he said.",
                DigestView.quoted(DigestView.closed("We will help,\u201d he said.")));
    }

    @Test
    void quotes_a_side_or_claim_once_even_when_it_opens_with_a_quotation() {
        assertEquals("\u201cThe bridge opened.\u201d", DigestView.quoted("The bridge opened."));
        assertEquals("\"It shook,\" said a passenger.", DigestView.quoted("\"It shook,\" said a passenger."));
        assertEquals("\u201cIt shook,\u201d she said.", DigestView.quoted("\u201cIt shook,\u201d she said."));
    }

    @Test
    void no_template_writes_a_value_unescaped() throws IOException {
        String template = Files.readString(Path.of("src/main/resources/templates/digest.html.mustache"));
        assertFalse(template.contains("{{{"));
        assertFalse(template.contains("{{&"));
        assertFalse(template.contains("{{="), "no change of delimiters");
    }

    @Test
    void a_day_without_articles_says_so() {
        RenderedDigest empty = new DigestRenderer().render(new Digest("2024-06-20", 0, List.of(), List.of()));

        assertEquals("News digest, 20 June 2024: no new articles", empty.subject());
        assertTrue(empty.text().contains("No new articles arrived for this day."));
        assertTrue(empty.html().contains("Nothing new was uploaded for this day"));
    }
}
