package io.newsdigest.local;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Rejection;
import io.newsdigest.port.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders read as one day's uploads, the way the ingest function would have stored them: each file
 * parsed, rejections kept with their reasons, and the same article uploaded twice kept once (the store is
 * content-addressed). A file that cannot be read or parsed is one rejection; it never stops the others.
 */
public record LocalDay(List<Article> articles, List<Rejection> rejected) {

    public static LocalDay read(List<Path> paths, ArticleParser parser) {
        return read(paths, parser, Progress.NONE);
    }

    /** As {@link #read(List, ArticleParser)}, telling {@code progress} of each file read ("files read"). */
    public static LocalDay read(List<Path> paths, ArticleParser parser, Progress progress) {
        LocalUploads uploads = new LocalUploads(parser.maxBytes());
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Path> files = uploads.files(paths);
        for (int i = 0; i < files.size(); i++) {
            ParseOutcome outcome = uploads.read(files.get(i), parser::parse);
            progress.advanced("files read", i + 1, files.size());
            if (outcome instanceof ParseOutcome.Parsed p) {
                if (seen.add(p.article().sha256())) {
                    articles.add(p.article());
                }
            } else if (outcome instanceof ParseOutcome.Rejected r) {
                rejected.add(r.rejection());
            }
        }
        return new LocalDay(List.copyOf(articles), List.copyOf(rejected));
    }
}
