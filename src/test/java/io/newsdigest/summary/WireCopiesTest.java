package io.newsdigest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;
import io.newsdigest.render.DigestRenderer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One wire story run by several outlets counts as one source, however many outlets ran it. */
class WireCopiesTest {

    static final List<String> WIRE = List.of(
            "Engineers began a full inspection of the Orrin Valley dam on Tuesday after cracks were found in its spillway.",
            "The regional water authority said the reservoir would be lowered by four metres as a precaution.",
            "About 1,200 residents downstream were told to prepare for a possible evacuation.",
            "The dam was completed in 1964 and last inspected in 2019.",
            "A spokesperson for the authority said there was no immediate danger to the villages below the dam.",
            "The inspection is expected to take at least ten days.");

    static Article article(String key, String outlet, List<String> sentences) {
        return new Article(key, Integer.toHexString(key.hashCode()) + "0000000000000000", "text",
                "Cracks found in Orrin Valley dam", outlet, null, "2026-11-22", "en", sentences, List.of());
    }

    static List<Article> day(int copies) {
        List<Article> out = new ArrayList<>();
        out.add(article("a-wire.txt", "Valley Wire", WIRE));
        for (int i = 1; i <= copies; i++) {
            List<String> copy = new ArrayList<>(WIRE);
            copy.add("Outlet " + i + " will update this story as the inspection goes on.");
            out.add(article("b-copy-" + i + ".txt", "Outlet " + i, copy));
        }
        out.add(article("c-own.txt", "The Valley Courier", List.of(
                "Inspectors started checking the Orrin Valley dam on Tuesday, our reporter saw.",
                "The water authority said the reservoir would be lowered by four metres as a precaution.",
                "About 1,200 residents downstream were told to prepare for a possible evacuation, officials said.",
                "Farmers below the dam said they had noticed damp patches on the wall last spring.",
                "The mayor of Orrin called an emergency meeting for Wednesday evening.")));
        return out;
    }

    @Test
    void copies_of_a_wire_story_count_once_in_agreed_by_and_are_named_beside_the_wire() {
        Digest digest = new DigestEngine().summarize("2026-11-22", day(3), List.of());
        assertEquals(1, digest.stories().size(), "one story");
        Story story = digest.stories().get(0);
        assertEquals(5, story.articles().size(), "every copy is listed under the story");
        long copies = story.articles().stream().filter(a -> a.copyOf() != null).count();
        assertEquals(3, copies);
        assertTrue(story.articles().stream().filter(a -> a.copyOf() != null)
                .allMatch(a -> a.copyOf().equals("a-wire.txt")), story.articles().toString());
        assertFalse(story.sharedFacts().isEmpty(), "the wire and the courier agree on something");

        String text = new DigestRenderer().render(digest).text().replaceAll("\\s+", " ");
        assertTrue(text.contains("2 sources: Valley Wire (also run by Outlet 1, Outlet 2 and Outlet 3) and The Valley Courier"),
                text);
        assertTrue(text.contains("Agreed by 2 of 2 sources"), text);
        assertFalse(text.contains("of 5 sources"), text);
        assertEquals(story.uniqueClaims().size(), story.uniqueClaims().stream().map(c -> c.text()).distinct().count(),
                "a claim the copies repeat is listed once: " + story.uniqueClaims());
    }

    @Test
    void an_independent_article_names_no_copy() {
        Digest digest = new DigestEngine().summarize("2026-11-22", day(0), List.of());
        for (ArticleRef a : digest.stories().get(0).articles()) {
            assertEquals(null, a.copyOf(), a.key());
        }
    }
}
