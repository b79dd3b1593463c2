package io.newsdigest.port;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import java.util.List;

/**
 * The articles filed under one day, ordered by key, and what could not be read: the uploads of the day rejected at
 * ingestion (ordered by key), then the stored records that could not be read back.
 */
public record DayArticles(List<Article> articles, List<Rejection> unreadable) {

    public DayArticles {
        articles = List.copyOf(articles);
        unreadable = List.copyOf(unreadable);
    }
}
