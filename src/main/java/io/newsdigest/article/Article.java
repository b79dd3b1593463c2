package io.newsdigest.article;

import java.util.List;
import java.util.Objects;

/**
 * One parsed upload: the normalized record the ingest function stores and the engine reads.
 *
 * <p>Fields the input did not state are {@code null}, never guessed. {@code sentences} holds the article body
 * only, in reading order, each sentence verbatim from the input except for whitespace. {@code issues} lists
 * what parsing had to work around (a charset fallback, a truncated body) so a reader can judge the record.
 *
 * @param key       the object key of the upload (local runs: the path as given)
 * @param sha256    hex SHA-256 of the normalized body; the article's identity for de-duplication
 * @param format    {@code html}, {@code text}, {@code markdown} or {@code json}
 * @param published an ISO date ({@code YYYY-MM-DD}) or {@code null}
 * @param language  an ISO 639-1 code or {@code null}
 */
public record Article(
        String key,
        String sha256,
        String format,
        String title,
        String source,
        String url,
        String published,
        String language,
        List<String> sentences,
        List<String> issues) {

    public Article {
        Objects.requireNonNull(key, "key");
        sentences = List.copyOf(sentences);
        issues = List.copyOf(issues);
    }
}
