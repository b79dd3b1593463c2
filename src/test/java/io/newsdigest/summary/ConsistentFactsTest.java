package io.newsdigest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistentFactsTest {

    private static Article article(String key, String source, String... sentences) {
        return new Article(key, key + "-sha", "text", "Bridge closed at Harlow", source, null, "2026-03-02", "en",
                List.of(sentences), List.of());
    }

    private static final List<Article> DAY = List.of(
            article("a.txt", "Harlow Herald",
                    "The Tamsin Bridge in Harlow was closed on Monday after inspectors found cracks in two piers.",
                    "Fourteen lorries were turned back at the bridge before noon, the highways office said.",
                    "The mayor has not ordered an evacuation of the riverside houses, a council spokesman said.",
                    "Repairs are expected to take several weeks."),
            article("b.txt", "River Post",
                    "Inspectors found cracks in two piers of the Tamsin Bridge in Harlow, which was closed on Monday.",
                    "Fourteen lorries were turned back at the bridge before noon, according to the highways office.",
                    "The mayor has not ordered an evacuation of the riverside houses, the council said.",
                    "Drivers were told to use the ring road."),
            article("c.txt", "Valley Wire",
                    "The Tamsin Bridge in Harlow was closed on Monday when inspectors found cracks in two piers.",
                    "Nine lorries were turned back at the bridge before noon, the highways office said.",
                    "The mayor has ordered an evacuation of the riverside houses, the council said.",
                    "Engineers from the county will inspect the piers again on Friday."));

    private static Story story() {
        Digest digest = new DigestEngine().summarize("2026-03-02", DAY, List.of());
        assertEquals(1, digest.stories().size(), "one event, one story");
        return digest.stories().get(0);
    }

    @Test
    void a_fact_agreed_by_all_three_sources_keeps_all_three() {
        SharedFact closed = story().sharedFacts().stream()
                .filter(f -> f.text().contains("cracks")).findFirst().orElseThrow();
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), closed.supportedBy().stream().sorted().toList());
    }

    @Test
    void a_source_giving_another_figure_does_not_support_the_fact() {
        for (SharedFact f : story().sharedFacts()) {
            boolean lorries = f.evidence().stream().anyMatch(e -> e.text().contains("lorries"));
            if (lorries) {
                assertFalse(f.supportedBy().contains("c.txt"), "nine lorries is not fourteen: " + f);
                assertTrue(f.evidence().stream().noneMatch(e -> e.text().startsWith("Nine")), f.toString());
            }
        }
    }

    @Test
    void a_source_stating_the_opposite_does_not_support_the_fact() {
        for (SharedFact f : story().sharedFacts()) {
            boolean evacuation = f.evidence().stream().anyMatch(e -> e.text().contains("evacuation"));
            if (evacuation) {
                assertFalse(f.supportedBy().contains("c.txt"), "ordered is not 'has not ordered': " + f);
            }
        }
    }

    @Test
    void the_contradictions_are_reported_as_disagreements_instead() {
        List<String> kinds = story().disagreements().stream().map(d -> d.kind()).sorted().toList();
        assertTrue(kinds.contains("number"), "fourteen against nine lorries: " + story().disagreements());
        assertTrue(kinds.contains("negation") || kinds.contains("attribution") || kinds.contains("claim"),
                "evacuation ordered against not ordered: " + story().disagreements());
    }

    @Test
    void a_part_of_a_total_still_supports_the_fact_the_total_belongs_to() {
        Digest digest = new DigestEngine().summarize("2026-03-02", List.of(
                article("a.txt", "Harlow Herald",
                        "The Tamsin Bridge in Harlow was closed on Monday after inspectors found cracks in two piers.",
                        "Two other bridges over the Tamsin stayed open to lorries on Monday, the highways office said."),
                article("b.txt", "River Post",
                        "Inspectors found cracks in two piers of the Tamsin Bridge in Harlow, which was closed on Monday.",
                        "Of the three bridges over the Tamsin, the other two stayed open to lorries on Monday, the highways office said.")),
                List.of());
        SharedFact open = digest.stories().get(0).sharedFacts().stream()
                .filter(f -> f.text().contains("open to lorries")).findFirst().orElseThrow(
                        () -> new AssertionError("facts: " + digest.stories().get(0).sharedFacts()));
        assertEquals(List.of("a.txt", "b.txt"), open.supportedBy().stream().sorted().toList());
    }
}
