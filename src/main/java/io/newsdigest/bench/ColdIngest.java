package io.newsdigest.bench;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.Rejection;
import io.newsdigest.ingest.Arrival;
import io.newsdigest.ingest.IngestReport;
import io.newsdigest.ingest.Ingestion;
import io.newsdigest.local.LocalArticleStore;
import io.newsdigest.local.LocalUploads;
import io.newsdigest.text.SentenceSplitter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The cold-start measure: a fresh JVM ingests one upload and exits, through the same {@link Ingestion} the ingest
 * function runs for an inbox object (describe it, read it, parse it, file the article as JSON under
 * {@code articles/YYYY-MM-DD/SHA256.json}), with the local file system in place of the bucket: the upload is read
 * by {@link LocalUploads}, the article filed by {@link LocalArticleStore} under today's UTC date.
 * {@code bench/run.sh} times the whole process from start to exit.
 *
 * <p>Usage: {@code java -cp news-digest.jar io.newsdigest.bench.ColdIngest FILE STORE_DIR}. Exit status 0 when
 * the article is filed (also when it was filed already), 1 when the upload was rejected or could not be
 * finished (the reason on stderr), 2 on a usage error.
 */
public final class ColdIngest {

    private ColdIngest() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ColdIngest FILE STORE_DIR");
            System.exit(2);
        }
        ArticleParser parser = new ArticleParser(ArticleParser.DEFAULT_MAX_BYTES, new SentenceSplitter());
        Ingestion ingestion = new Ingestion(new LocalUploads(parser.maxBytes()),
                new LocalArticleStore(Path.of(args[1])), parser);
        IngestReport report = ingestion.ingest(List.of(new Arrival(args[0], LocalDate.now(ZoneOffset.UTC))));
        for (Rejection r : report.rejected()) {
            System.err.println(r.asLine());
        }
        for (Rejection r : report.retryable()) {
            System.err.println(r.asLine());
        }
        if (report.filed().isEmpty()) {
            System.exit(1);
        }
    }
}
