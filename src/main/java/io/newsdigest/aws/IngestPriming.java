package io.newsdigest.aws;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.Rejection;
import io.newsdigest.bench.SyntheticDay;
import io.newsdigest.ingest.IngestReport;
import io.newsdigest.ingest.Ingestion;
import io.newsdigest.json.ArticleJson;
import io.newsdigest.json.Json;
import io.newsdigest.port.ArticleStore;
import io.newsdigest.port.DayArticles;
import io.newsdigest.port.UploadInfo;
import io.newsdigest.port.UploadSource;
import io.newsdigest.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Readies the ingest path before SnapStart takes its snapshot, so the first invocation after a restore runs
 * loaded, initialised and compiled code: it decodes S3 events and ingests a small invented day of uploads in
 * every format (web pages, pasted text, Markdown, JSON) several times over, through the same {@link Ingestion}
 * the handler uses, with the bucket replaced by memory. No network, no S3 call: no connection is open in the
 * snapshot, and nothing of a user's is cached in it. Registered through {@link SnapshotPriming}.
 */
final class IngestPriming {

    private static final int ROUNDS = 2;
    private static final String BUCKET = "priming";

    private IngestPriming() {
    }

    /** Asks for {@link #prime()} to run before the snapshot is taken. */
    static void register() {
        SnapshotPriming.register("ingest", IngestPriming::prime);
    }

    /** Runs the ingest path on the invented day in memory; returns how many articles it filed. */
    static int prime() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        new SyntheticDay(16, 2, 1).forEach(g -> objects.put(g.upload().key(), g.upload().bytes()));
        int[] filed = {0};
        ArticleStore store = new ArticleStore() {
            @Override
            public boolean add(LocalDate day, Article article) {
                filed[0] += ArticleJson.write(article).isEmpty() ? 0 : 1;
                return true;
            }

            @Override
            public void reject(LocalDate day, Rejection rejection) {
                // Written as the bucket store writes it, so its classes are loaded before the snapshot.
                Json.write(rejection);
            }

            @Override
            public DayArticles day(LocalDate day) {
                return new DayArticles(List.of(), List.of());
            }
        };
        UploadSource uploads = new UploadSource() {
            @Override
            public Optional<UploadInfo> describe(String key) {
                byte[] b = objects.get(key);
                return b == null ? Optional.empty() : Optional.of(new UploadInfo(b.length, Map.of()));
            }

            @Override
            public Optional<byte[]> read(String key, long limit) {
                return Optional.ofNullable(objects.get(key));
            }
        };
        Ingestion ingestion = new Ingestion(uploads, store, new ArticleParser(ArticleParser.DEFAULT_MAX_BYTES,
                new SentenceSplitter()));
        for (int round = 0; round < ROUNDS; round++) {
            for (String key : objects.keySet()) {
                S3Notification event = event(key);
                IngestReport report = ingestion.ingest(event.arrivals(BUCKET, ZoneOffset.UTC, Instant.now()).arrivals());
                Json.write(report);
            }
        }
        return filed[0];
    }

    private static S3Notification event(String key) {
        String json = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"eventTime\":\"2030-03-14T09:15:00.000Z\","
                + "\"s3\":{\"bucket\":{\"name\":\"" + BUCKET + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":1}}}]}";
        try {
            return Json.mapper().readValue(json.getBytes(StandardCharsets.UTF_8), S3Notification.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
