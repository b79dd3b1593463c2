package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Story;
import io.newsdigest.summary.DigestEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports of one event, written for the detectors' tests: each opens with one of the event's {@code leads}, picked
 * by its key (worded its own way, as independent outlets do; near-copies would count as one source), and goes on
 * with the sentences a test gives.
 */
record TestReports(String title, List<String> leads) {

    Article article(String key, String... sentences) {
        List<String> all = new ArrayList<>(List.of(leads.get(Math.abs(key.hashCode()) % leads.size())));
        all.addAll(List.of(sentences));
        return new Article(key, Integer.toHexString(key.hashCode()) + "00000000", "text", title, null, null, null,
                "en", all, List.of());
    }

    /** The one story the engine makes of {@code articles}. */
    static Story story(Article... articles) {
        var d = new DigestEngine().summarize("2031-05-06", List.of(articles), List.of());
        assertEquals(1, d.stories().size(), () -> "stories: " + d.stories());
        return d.stories().get(0);
    }
}
