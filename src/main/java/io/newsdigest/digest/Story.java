package io.newsdigest.digest;

import java.util.List;

/** Articles about one event, with what their sources agree on, where they differ, and what only one says. */
public record Story(
        String id,
        String headline,
        List<ArticleRef> articles,
        List<SharedFact> sharedFacts,
        List<Disagreement> disagreements,
        List<UniqueClaim> uniqueClaims) {

    public Story {
        articles = List.copyOf(articles);
        sharedFacts = List.copyOf(sharedFacts);
        disagreements = List.copyOf(disagreements);
        uniqueClaims = List.copyOf(uniqueClaims);
    }
}
