package io.newsdigest.ingest;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Rejection;
import io.newsdigest.article.Upload;
import io.newsdigest.port.ArticleStore;
import io.newsdigest.port.StorageUnavailable;
import io.newsdigest.port.UploadInfo;
import io.newsdigest.port.UploadSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns uploads into filed articles: describe the object (an object over the size limit is refused from its size
 * alone, never read), read it, parse it, file the article under its day. Each upload is handled on its own: a bad
 * or vanished one is rejected with its key and reason, the rejection is kept with the day's articles (so the day's
 * digest lists it), and the others carry on. A folder placeholder ({@code inbox/2024/}) is refused but not kept:
 * nobody uploaded anything. Filing is content-addressed and a rejection is kept by key, so ingesting the same
 * arrivals again changes nothing.
 */
public final class Ingestion {

    private final UploadSource uploads;
    private final ArticleStore articles;
    private final ArticleParser parser;

    public Ingestion(UploadSource uploads, ArticleStore articles, ArticleParser parser) {
        this.uploads = uploads;
        this.articles = articles;
        this.parser = parser;
    }

    public IngestReport ingest(List<Arrival> arrivals) {
        List<IngestReport.Filed> filed = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Rejection> retryable = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            try {
                ParseOutcome outcome = parse(arrival.key());
                if (outcome instanceof ParseOutcome.Parsed p) {
                    Article a = p.article();
                    boolean added = articles.add(arrival.day(), a);
                    filed.add(new IngestReport.Filed(arrival.key(), arrival.day().toString(), a.sha256(), !added));
                } else if (outcome instanceof ParseOutcome.Rejected r) {
                    if (!isFolder(arrival.key())) {
                        articles.reject(arrival.day(), r.rejection());
                    }
                    rejected.add(r.rejection());
                }
            } catch (StorageUnavailable e) {
                retryable.add(new Rejection(arrival.key(), "not finished, storage did not answer: " + e.getMessage()));
            }
        }
        return new IngestReport(filed, rejected, retryable);
    }

    private static boolean isFolder(String key) {
        return key.endsWith("/");
    }

    private ParseOutcome parse(String key) {
        if (isFolder(key)) {
            return ParseOutcome.rejected(key, "a folder placeholder, not a file");
        }
        Optional<UploadInfo> info = uploads.describe(key);
        if (info.isEmpty()) {
            return ParseOutcome.rejected(key, "no longer exists (deleted before it could be read)");
        }
        long size = info.get().size();
        if (size > parser.maxBytes()) {
            return ParseOutcome.rejected(key,
                    "larger than the " + parser.maxBytes() + "-byte limit (" + size + " bytes); not read");
        }
        // One byte more than the limit, so an object that grew after it was described is still caught.
        Optional<byte[]> bytes = size == 0 ? Optional.of(new byte[0]) : uploads.read(key, parser.maxBytes() + 1);
        if (bytes.isEmpty()) {
            return ParseOutcome.rejected(key, "no longer exists (deleted before it could be read)");
        }
        return parser.parse(new Upload(key, bytes.get(), info.get().metadata()));
    }
}
