package io.newsdigest.digest;

import java.util.Objects;

/**
 * The earlier story a story continues: the day of that digest ({@code YYYY-MM-DD}), the story's id there and its
 * headline.
 */
public record Continuation(String date, String storyId, String headline) {

    public Continuation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(storyId, "storyId");
    }
}
