package io.newsdigest.article;

import java.util.Objects;

/** An upload that could not become an article, with the reason a person can act on. */
public record Rejection(String key, String reason) {

    public Rejection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }
}
