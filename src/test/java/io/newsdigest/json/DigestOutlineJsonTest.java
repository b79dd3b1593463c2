package io.newsdigest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Rejection;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Settlement;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outline reader against data binding: the same records, cut to the outline, for what the project writes. */
class DigestOutlineJsonTest {

    private static ArticleRef article(int i) {
        return new ArticleRef("k" + i, "Title " + i, "Outlet " + i, "2031-05-0" + (i % 9 + 1), null,
                i == 4 ? "k1" : null);
    }

    private static Story story() {
        List<ArticleRef> articles = new ArrayList<>();
        List<Evidence> quotes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(article(i));
            keys.add("k" + (11 - i));
            quotes.add(new Evidence("k" + (11 - i), "The bridge \"closed\" at noon, outlet " + i + " wrote."));
        }
        SharedFact fact = new SharedFact("The bridge closed at noon.", keys, quotes, false);
        Disagreement d = new Disagreement("the toll", "number", List.of(
                new Side("Four people were hurt.", List.of("k6"), List.of(new Evidence("k6", "Four were hurt."))),
                new Side("Six people were hurt.", List.of("k7", "k8"), List.of(new Evidence("k7", "Six hurt."),
                        new Evidence("k8", "Six people were hurt.")))));
        return new Story("s1", "Bridge closes", articles, List.of(fact), List.of(d),
                List.of(new UniqueClaim("Repairs take a week.", "k5")),
                new Continuation("2031-05-01", "s0", "Bridge cracks"),
                List.of(new Change("Hurt", new Change.Before("two", "2031-05-01", List.of("Outlet 1"), "Two hurt."),
                        new Change.Now("four", List.of("Outlet 6"), "Four were hurt."))),
                List.of(new Settlement("the cause", "2031-05-01", "A crack caused it.", List.of("Outlet 2"))));
    }

    private static Digest digest() {
        return new Digest("2031-05-02", 12, List.of(new Rejection("bad.pdf", "no text")), List.of(story()));
    }

    @Test
    void keeps_the_first_quotes_the_first_titles_and_the_articles_they_refer_to() {
        Story kept = new DigestOutlineJson(2, 3).read(stream(Json.write(digest())), new HashMap<>())
                .stories().get(0);

        SharedFact fact = kept.sharedFacts().get(0);
        assertEquals(List.of("k11", "k10"), fact.supportedBy());
        assertEquals(story().sharedFacts().get(0).evidence().subList(0, 2), fact.evidence());
        assertEquals(false, fact.fresh());
        assertEquals(List.of("k0", "k1", "k2", "k5", "k6", "k7", "k8", "k10", "k11"),
                kept.articles().stream().map(ArticleRef::key).toList(), "first titles, then in order those referred to");
        assertEquals(story().disagreements(), kept.disagreements());
        assertEquals(story().uniqueClaims(), kept.uniqueClaims());
        assertEquals(story().continues(), kept.continues());
        assertEquals(story().settled(), kept.settled());
        assertEquals(story().changes(), kept.changes(), "a figure given only as a change was reported too");
    }

    @Test
    void within_the_limits_reads_what_data_binding_reads_but_rejections() {
        byte[] json = Json.writePretty(digest()).getBytes(StandardCharsets.UTF_8);
        Digest bound = Json.read(json, Digest.class);
        Story s = bound.stories().get(0);
        Digest expected = new Digest(bound.date(), bound.articleCount(), List.of(), List.of(new Story(s.id(),
                s.headline(), s.articles(), s.sharedFacts(), s.disagreements(), s.uniqueClaims(), s.continues(),
                s.changes(), s.settled())));

        assertEquals(expected, new DigestOutlineJson(100, 100).read(new ByteArrayInputStream(json), new HashMap<>()));
    }

    @Test
    void skips_unknown_fields_and_reads_a_story_without_continues_or_settled() {
        String json = "{\"date\":\"2031-05-02\",\"extra\":{\"a\":[1,{\"b\":null}]},\"stories\":[{\"id\":\"s\","
                + "\"headline\":\"H\",\"articles\":[],\"sharedFacts\":[],\"disagreements\":[],\"uniqueClaims\":[],"
                + "\"score\":0.5}]}";

        Digest d = new DigestOutlineJson(3, 8).read(stream(json), new HashMap<>());

        assertEquals(new Digest("2031-05-02", 0, List.of(), List.of(new Story("s", "H", List.of(), List.of(),
                List.of(), List.of()))), d);
        assertNull(new DigestOutlineJson(3, 8).read(stream("null"), new HashMap<>()));
    }

    @Test
    void the_outline_made_from_the_records_is_the_one_read_from_the_json() {
        DigestOutlineJson reader = new DigestOutlineJson(2, 3);
        Digest made = reader.outline(digest());

        assertEquals(reader.read(stream(Json.write(digest())), new HashMap<>()), made);
        assertEquals(made, reader.read(stream(Json.write(made)), new HashMap<>()), "an outline read again is itself");
    }

    @Test
    void what_digests_read_through_one_pool_repeat_is_held_once() {
        Map<String, String> pool = new HashMap<>();
        String json = Json.write(digest());

        Story first = new DigestOutlineJson(3, 8).read(stream(json), pool).stories().get(0);
        Story again = new DigestOutlineJson(3, 8).read(stream(json), pool).stories().get(0);

        assertEquals(first, again);
        assertSame(first.sharedFacts().get(0).text(), again.sharedFacts().get(0).text());
        String key = first.sharedFacts().get(0).supportedBy().get(0);
        assertSame(key, again.articles().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow().key(),
                "an article's key, as a supporter in one digest and an article in another");
    }

    @Test
    void malformed_or_refused_text_throws_saying_so() {
        DigestOutlineJson reader = new DigestOutlineJson(3, 8);
        for (String bad : List.of("{\"date\": \"2031-05-02\", \"stories\": [ {\"id\": ", "\u0000 not json", "",
                "[]", "{\"date\":\"2031-05-02\"}", "{\"stories\":[{\"id\":\"s\",\"articles\":[]}]}",
                "{\"stories\":[{\"id\":{},\"articles\":[],\"sharedFacts\":[],\"disagreements\":[],"
                        + "\"uniqueClaims\":[]}]}",
                "{\"stories\":[null]}",
                "{\"stories\":[{\"id\":\"s\",\"articles\":[],\"sharedFacts\":[],\"disagreements\":[],"
                        + "\"uniqueClaims\":[],\"changes\":[{\"topic\":\"Hurt\",\"now\":{\"sources\":[]}}]}]}")) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> reader.read(stream(bad), new HashMap<>()), bad);
            assertTrue(e.getMessage().startsWith("not a Digest: "), e.getMessage());
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
