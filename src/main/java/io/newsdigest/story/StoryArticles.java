package io.newsdigest.story;

import java.util.List;

/**
 * The articles of one story, in input order, with which of them are copies of another.
 *
 * @param articles the members
 * @param sourceOf for each member, the position (in {@code articles}) of the first member it is a near-copy
 *                 of, or its own position; members with the same value count as one source
 */
public record StoryArticles(List<ArticleText> articles, List<Integer> sourceOf) {

    public StoryArticles {
        articles = List.copyOf(articles);
        sourceOf = List.copyOf(sourceOf);
        if (articles.size() != sourceOf.size()) {
            throw new IllegalArgumentException("one source per article");
        }
    }

    /** How many independent sources the story has (near-copies counted once). */
    public long independentSources() {
        return sourceOf.stream().distinct().count();
    }
}
