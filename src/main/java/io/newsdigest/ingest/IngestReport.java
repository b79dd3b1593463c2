package io.newsdigest.ingest;

import io.newsdigest.article.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * What one ingestion did with each upload: filed it, rejected it for good (with the reason a person can act on),
 * or could not finish it for now ({@code retryable}: a store did not answer; running the same arrivals again is
 * safe because filing is idempotent).
 */
public record IngestReport(List<Filed> filed, List<Rejection> rejected, List<Rejection> retryable) {

    public IngestReport {
        filed = List.copyOf(filed);
        rejected = List.copyOf(rejected);
        retryable = List.copyOf(retryable);
    }

    /**
     * An upload now filed as an article.
     *
     * @param duplicate {@code true} when the same article was already filed for the day, so nothing was written
     */
    public record Filed(String key, String day, String sha256, boolean duplicate) {
    }

    /** This report with {@code more} rejections in front (uploads refused before they reached ingestion). */
    public IngestReport withRejected(List<Rejection> more) {
        List<Rejection> all = new ArrayList<>(more);
        all.addAll(rejected);
        return new IngestReport(filed, all, retryable);
    }
}
