package io.newsdigest.digest;

import io.newsdigest.article.Rejection;
import java.util.List;

/**
 * One day's digest, in the shape of the contract's digest JSON.
 *
 * @param date         the day summarized, {@code YYYY-MM-DD}
 * @param articleCount how many distinct articles went in
 * @param rejected     uploads that could not be read, each with its reason
 * @param stories      ordered by importance
 */
public record Digest(String date, int articleCount, List<Rejection> rejected, List<Story> stories) {

    public Digest {
        rejected = List.copyOf(rejected);
        stories = List.copyOf(stories);
    }
}
