package io.newsdigest.aws;

import io.newsdigest.article.Article;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Rejection;
import io.newsdigest.json.ArticleJson;
import io.newsdigest.json.Json;
import io.newsdigest.port.ArticleStore;
import io.newsdigest.port.DayArticles;
import io.newsdigest.port.StorageUnavailable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Articles as JSON objects under {@code articles/<day>/<sha256>.json}, rejected uploads as
 * {@code rejected/<day>/<sha256 of key>.json}. Adding uses a conditional write ({@code If-None-Match: *}), so a
 * second add of the same article, even a concurrent one, writes nothing. A day is read with paginated listings
 * and parallel reads.
 */
final class S3ArticleStore implements ArticleStore {

    private final S3Client s3;
    private final String bucket;
    private final int readThreads;

    S3ArticleStore(S3Client s3, String bucket, int readThreads) {
        if (readThreads < 1) {
            throw new IllegalArgumentException("readThreads must be positive: " + readThreads);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.readThreads = readThreads;
    }

    @Override
    public boolean add(LocalDate day, Article article) {
        String key = BucketLayout.article(day, article.sha256());
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).ifNoneMatch("*")
                            .contentType("application/json; charset=utf-8"),
                    RequestBody.fromString(ArticleJson.write(article), StandardCharsets.UTF_8));
            return true;
        } catch (SdkException e) {
            if (S3Errors.alreadyWritten(e)) {
                return false;
            }
            throw S3Errors.unavailable("file " + key, e);
        }
    }

    @Override
    public void reject(LocalDate day, Rejection rejection) {
        String key = BucketLayout.rejection(day, rejection);
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json; charset=utf-8"),
                    RequestBody.fromString(Json.write(rejection), StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw S3Errors.unavailable("keep rejection " + key, e);
        }
    }

    @Override
    public DayArticles day(LocalDate day) {
        List<String> rejectionKeys = keysOf(BucketLayout.rejectedOf(day));
        List<String> keys = keysOf(BucketLayout.articlesOf(day));
        if (keys.isEmpty() && rejectionKeys.isEmpty()) {
            return new DayArticles(List.of(), List.of());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(readThreads, keys.size() + rejectionKeys.size()));
        try {
            List<Future<Rejection>> rejectionReads = new ArrayList<>();
            for (String key : rejectionKeys) {
                rejectionReads.add(pool.submit(() -> readRejection(key)));
            }
            List<Future<ParseOutcome>> reads = new ArrayList<>();
            for (String key : keys) {
                reads.add(pool.submit(() -> read(key)));
            }
            List<Article> articles = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            for (Future<Rejection> f : rejectionReads) {
                rejected.add(f.get());
            }
            rejected.sort(Comparator.comparing(Rejection::key));
            List<Rejection> unreadable = new ArrayList<>(rejected);
            for (Future<ParseOutcome> f : reads) {
                ParseOutcome one = f.get();
                if (one instanceof ParseOutcome.Parsed p) {
                    articles.add(p.article());
                } else if (one instanceof ParseOutcome.Rejected r) {
                    unreadable.add(r.rejection());
                }
            }
            return new DayArticles(articles, unreadable);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailable("reading " + day + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> keysOf(String prefix) {
        try {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))
                    .contents().stream()
                    .map(S3Object::key)
                    .filter(k -> k.endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            throw S3Errors.unavailable("list " + prefix, e);
        }
    }

    /** The rejection kept at {@code key}; a record that cannot be read back is a rejection naming the record. */
    private Rejection readRejection(String key) {
        try {
            byte[] json = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            return Json.read(json, Rejection.class);
        } catch (SdkException e) {
            if (S3Errors.absent(e)) {
                return new Rejection(key, "record of a rejected upload vanished while the day was read");
            }
            throw S3Errors.unavailable("read " + key, e);
        } catch (RuntimeException e) {
            return new Rejection(key, "record of a rejected upload is not readable JSON: " + e.getMessage());
        }
    }

    /** The article stored at {@code key}, or a rejection naming it when the record cannot be read back. */
    private ParseOutcome read(String key) {
        byte[] json;
        try {
            json = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (SdkException e) {
            if (S3Errors.absent(e)) {
                return ParseOutcome.rejected(key, "stored article vanished while the day was read");
            }
            throw S3Errors.unavailable("read " + key, e);
        }
        try {
            return new ParseOutcome.Parsed(Json.read(json, Article.class));
        } catch (RuntimeException e) {
            return ParseOutcome.rejected(key, "stored article is not readable JSON: " + e.getMessage());
        }
    }
}
