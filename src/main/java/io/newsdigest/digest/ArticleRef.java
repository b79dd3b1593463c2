package io.newsdigest.digest;

/** How a story lists one of its articles; unknown fields are {@code null}. */
public record ArticleRef(String key, String title, String source, String published, String url) {
}
