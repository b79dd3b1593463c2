package io.newsdigest.digest;

import java.util.List;

/**
 * Articles about one event, with what their sources agree on, where they differ, and what only one says; and,
 * when an earlier digest reported the same event, what moved since.
 *
 * @param continues the latest earlier story of the same event, or {@code null} when the story is new
 * @param changes   figures that moved since an earlier digest, strongest first (empty for a new story)
 * @param settled   disagreements an earlier digest reported that today's sources settle
 */
public record Story(
        String id,
        String headline,
        List<ArticleRef> articles,
        List<SharedFact> sharedFacts,
        List<Disagreement> disagreements,
        List<UniqueClaim> uniqueClaims,
        Continuation continues,
        List<Change> changes,
        List<Settlement> settled) {

    public Story {
        articles = List.copyOf(articles);
        sharedFacts = List.copyOf(sharedFacts);
        disagreements = List.copyOf(disagreements);
        uniqueClaims = List.copyOf(uniqueClaims);
        changes = changes == null ? List.of() : List.copyOf(changes);
        settled = settled == null ? List.of() : List.copyOf(settled);
    }

    /** A story as one day's articles tell it, before it is compared with earlier digests. */
    public Story(String id, String headline, List<ArticleRef> articles, List<SharedFact> sharedFacts,
            List<Disagreement> disagreements, List<UniqueClaim> uniqueClaims) {
        this(id, headline, articles, sharedFacts, disagreements, uniqueClaims, null, List.of(), List.of());
    }

    /**
     * Whether the story continues an earlier one and has nothing a reader has not seen: every shared fact was
     * reported before, no figure moved, nothing was settled, and its sources do not disagree.
     */
    public boolean hasNothingNew() {
        return continues != null && changes.isEmpty() && settled.isEmpty() && disagreements.isEmpty()
                && sharedFacts.stream().noneMatch(SharedFact::fresh);
    }

    /** This story continuing {@code earlier}, with its facts, changes and settlements as given. */
    public Story following(Continuation earlier, List<SharedFact> facts, List<Change> moved,
            List<Settlement> settlements) {
        return new Story(id, headline, articles, facts, disagreements, uniqueClaims, earlier, moved, settlements);
    }
}
