package io.newsdigest.digest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a story lists one of its articles; unknown fields are {@code null}. {@code copyOf} is the key of the
 * story's article this one is a near-copy of (a wire story run by another outlet, a re-upload), {@code null} for
 * an independent report (and then left out of the JSON); copies count once as a source.
 */
public record ArticleRef(String key, String title, String source, String published, String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) String copyOf) {

    /** An independent article (a copy of none). */
    public ArticleRef(String key, String title, String source, String published, String url) {
        this(key, title, source, published, url, null);
    }
}
