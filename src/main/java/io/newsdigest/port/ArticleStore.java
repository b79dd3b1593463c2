package io.newsdigest.port;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import java.time.LocalDate;

/**
 * Parsed articles, filed by the day they were ingested and addressed by their content ({@code sha256}), so the
 * same article stored twice is stored once.
 */
public interface ArticleStore {

    /**
     * Files {@code article} under {@code day}. Returns {@code false}, and writes nothing, when an article with the
     * same identity is already filed under that day.
     *
     * @throws StorageUnavailable when the store cannot be written now (the caller may retry)
     */
    boolean add(LocalDate day, Article article);

    /**
     * Keeps {@code rejection}, an upload that arrived on {@code day} and could not become an article, so that the
     * day's digest lists it under "Could not be read". Keeping a rejection of the same key again replaces it.
     *
     * @throws StorageUnavailable when the store cannot be written now (the caller may retry)
     */
    void reject(LocalDate day, Rejection rejection);

    /**
     * Every article filed under {@code day}, and every upload of the day that was rejected; a stored record that
     * cannot be read back is returned as a rejection naming it, never thrown.
     *
     * @throws StorageUnavailable when the store cannot be read now
     */
    DayArticles day(LocalDate day);
}
