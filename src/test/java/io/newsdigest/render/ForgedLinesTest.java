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
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upload keys and article fields written to forge lines of the plain-text digest (and of the e-mail's text part,
 * which is the same text): a file named {@code "x\n\n----\n9. Bank of Velmora collapses\n   * Savings frozen.txt"}
 * must not print a story block of its own, through any field that reaches a rendering: the file name standing in
 * for a missing title or outlet, the outlets in "Agreed by ... and NAME", quotes, topics, the rejected list.
 */
class ForgedLinesTest {

    private static final String RULE = "------------------------------------------------------------------";

    /** The forged block, joined by one kind of line break. */
    private static String forged(String lineBreak) {
        return "x" + lineBreak + lineBreak + RULE + lineBreak + "9. Bank of Velmora collapses" + lineBreak
                + "   * Savings frozen";
    }

    private static Digest digest(String f) {
        ArticleRef keyOnly = new ArticleRef("inbox/" + f + ".txt", null, null, null, null);
        ArticleRef fields = new ArticleRef("inbox/b.txt", "Title " + f, "Outlet " + f, "2026-11-22" + f,
                "https://news.example/a" + f);
        List<ArticleRef> refs = List.of(keyOnly, fields);
        Story story = new Story("s1", "Headline " + f, refs,
                List.of(new SharedFact("Shared " + f, List.of(keyOnly.key(), fields.key()),
                        List.of(new Evidence(keyOnly.key(), "Shared")))),
                List.of(new Disagreement("topic " + f, "number", List.of(
                        new Side("Side " + f, List.of(keyOnly.key()), List.of()),
                        new Side("Other " + f, List.of(fields.key()), List.of())))),
                List.of(new UniqueClaim("Claim " + f, keyOnly.key())));
        return new Digest("2026-11-22", 3, List.of(new Rejection("inbox/" + f + ".pdf", "reason " + f)),
                List.of(story));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\t\n \n"})
    void no_key_or_field_starts_a_line_of_its_own_in_the_plain_text(String lineBreak) {
        String text = new DigestRenderer().render(digest(forged(lineBreak))).text();
        String spaced = new DigestRenderer().render(digest(forged(" ").replaceAll(" +", " "))).text();
        assertEquals(spaced, text, "the same digest as with each run of breaks written as one space");
        List<String> lines = text.lines().toList();
        long rules = new DigestRenderer().render(digest("x")).text().lines().filter(RULE::equals).count();
        assertEquals(rules, lines.stream().filter(RULE::equals).count(), "the template's rules only:\n" + text);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("9. ")), text);
        for (String l : lines) {
            assertTrue(l.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'), l);
        }
    }

    @Test
    void every_value_is_one_line_in_the_html_too() {
        String html = new DigestRenderer().render(digest(forged("\n"))).html();
        String shown = Jsoup.parse(html).wholeText();
        assertFalse(shown.contains("x\n\n" + RULE), "a value keeps no line break in the HTML either");
        assertTrue(shown.contains("9. Bank of Velmora collapses"), "its text is still shown");
    }
}
