package io.newsdigest.digest;

import java.util.List;

/**
 * Articles about one event, with what their sources agree on, where they differ, and what only one says; and,
 * when an earlier digest reported the same event, which story of it this one continues.
 *
 * @param continues the latest earlier story of the same event, or {@code null} when the story is new
 */
public record Story(
        String id,
        String headline,
        List<ArticleRef> articles,
        List<SharedFact> sharedFacts,
        List<Disagreement> disagreements,
        List<UniqueClaim> uniqueClaims,
        Continuation continues) {

    public Story {
        articles = List.copyOf(articles);
        sharedFacts = List.copyOf(sharedFacts);
        disagreements = List.copyOf(disagreements);
        uniqueClaims = List.copyOf(uniqueClaims);
    }

    /** A story as one day's articles tell it, before it is compared with earlier digests. */
    public Story(String id, String headline, List<ArticleRef> articles, List<SharedFact> sharedFacts,
            List<Disagreement> disagreements, List<UniqueClaim> uniqueClaims) {
        this(id, headline, articles, sharedFacts, disagreements, uniqueClaims, null);
    }

    /** This story continuing {@code earlier}. */
    public Story following(Continuation earlier) {
        return new Story(id, headline, articles, sharedFacts, disagreements, uniqueClaims, earlier);
    }
}
