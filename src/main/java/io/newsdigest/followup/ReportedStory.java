package io.newsdigest.followup;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One story as a digest reported it, on its day. Blank or missing sentences of an archived digest are left out.
 *
 * @param date  the digest's day, {@code YYYY-MM-DD}
 * @param rank  the story's position in that digest
 */
record ReportedStory(String date, int rank, Story story) {

    /** What tells the event apart, for linking: the headline first, then facts, claims, sides and titles. */
    List<String> outline() {
        Set<String> out = new LinkedHashSet<>();
        for (SharedFact f : story.sharedFacts()) {
            add(out, f.text());
        }
        for (UniqueClaim c : story.uniqueClaims()) {
            add(out, c.text());
        }
        for (Disagreement d : story.disagreements()) {
            for (Side s : d.sides()) {
                add(out, s.text());
            }
        }
        for (ArticleRef a : story.articles()) {
            add(out, a.title());
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}
