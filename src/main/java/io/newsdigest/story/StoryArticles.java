package io.newsdigest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles of one story, in input order, with which of them are copies of another.
 *
 * @param articles the members
 * @param sourceOf for each member, the position (in {@code articles}) of the first member it is a near-copy
 *                 of, or its own position; members with the same value count as one source
 */
public record StoryArticles(List<ArticleText> articles, List<Integer> sourceOf) {

    private static final NearDuplicates COPIES = new NearDuplicates(0.6);

    public StoryArticles {
        articles = List.copyOf(articles);
        sourceOf = List.copyOf(sourceOf);
        if (articles.size() != sourceOf.size()) {
            throw new IllegalArgumentException("one source per article");
        }
    }

    /** The story of these members, in this order, with their near-copies found. */
    public static StoryArticles of(List<ArticleText> members) {
        if (members.size() == 1) {
            return new StoryArticles(members, List.of(0));
        }
        List<long[]> shingles = new ArrayList<>();
        for (ArticleText a : members) {
            shingles.add(COPIES.shingles(a));
        }
        List<Integer> sourceOf = new ArrayList<>();
        for (int src : COPIES.sources(shingles)) {
            sourceOf.add(src);
        }
        return new StoryArticles(members, sourceOf);
    }

    /** How many independent sources the story has (near-copies counted once). */
    public long independentSources() {
        return sourceOf.stream().distinct().count();
    }
}
