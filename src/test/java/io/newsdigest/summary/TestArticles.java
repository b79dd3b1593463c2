package io.newsdigest.summary;

import io.newsdigest.article.Article;
import java.util.List;

/** Articles written inline for tests: a key, a title and sentences; the rest as a parser would leave it. */
final class TestArticles {

    private TestArticles() {
    }

    static Article article(String key, String title, String... sentences) {
        return new Article(key, Integer.toHexString(key.hashCode()) + "0000000000000000", "text", title, null, null,
                null, "en", List.of(sentences), List.of());
    }
}
