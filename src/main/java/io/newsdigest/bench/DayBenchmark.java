package io.newsdigest.bench;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Rejection;
import io.newsdigest.digest.Digest;
import io.newsdigest.summary.DigestEngine;
import io.newsdigest.text.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the product's own pipeline on a {@link SyntheticDay}, in process, as the functions would: every upload
 * through an {@link ArticleParser} (ingest; uploads are parsed concurrently on every core, each thread with its
 * own parser, as concurrent invocations of the ingest function would be), identical articles kept once (the
 * article store is content-addressed), then {@link DigestEngine} on the day (which uses every core too). Only
 * the parser and the engine are timed; making the uploads is not; both wall time and the whole process's CPU
 * time are taken. Heap is watched over parse and
 * digest together ({@link HeapWatch}).
 */
public final class DayBenchmark {

    /** How much of the day's article text the splitter's throughput is measured on, at most. */
    private static final int SPLIT_TEXT_BYTES = 4_000_000;
    private static final long SPLIT_MILLIS = 2_000;
    /** Uploads made, then parsed at once on every core (as concurrent ingest invocations would be). */
    private static final int PARSE_BATCH = 200;

    private DayBenchmark() {
    }

    /** Runs the day {@code warmup} times untimed, then once measured. */
    public static BenchResult run(SyntheticDay day, int warmup) {
        return run(day, warmup, true);
    }

    /**
     * Runs the day {@code warmup} times untimed, then once measured; without {@code digest} only the parse is
     * run, and the digest's figures are {@code -1} (ingest measured on its own, as the ingest function runs).
     */
    public static BenchResult run(SyntheticDay day, int warmup, boolean digest) {
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must not be negative: " + warmup);
        }
        List<Long> warmupMillis = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            Run r = once(day, new ArrayList<>(), digest);
            warmupMillis.add((r.parseNanos + Math.max(0, r.digestNanos)) / 1_000_000);
        }
        List<String> texts = new ArrayList<>();
        Run run;
        long peak;
        long live;
        try (HeapWatch heap = HeapWatch.start()) {
            run = once(day, texts, digest);
            peak = heap.peakBytes();
            live = heap.liveBytes();
            if (digest && run.digest.stories().isEmpty()) {
                throw new IllegalStateException("the digest of the benchmark day has no story");
            }
        }
        double split = SplitterSpeed.megabytesPerSecond(texts, new SentenceSplitter(), SPLIT_MILLIS);
        return new BenchResult(day.articles(), day.stories(), run.parseNanos / 1_000_000, millis(run.digestNanos),
                mb(peak), mb(live), run.distinct, run.rejected, digest ? run.digest.stories().size() : -1,
                round1(run.inputBytes / 1e6), round1(split), run.parseCpuNanos / 1_000_000,
                millis(run.digestCpuNanos), day.seed(), warmup,
                round1(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()), warmupMillis);
    }

    private record Run(long parseNanos, long digestNanos, long parseCpuNanos, long digestCpuNanos, long inputBytes,
                       int distinct, int rejected, Digest digest) {
    }

    private static Run once(SyntheticDay day, List<String> texts, boolean withDigest) {
        ThreadLocal<ArticleParser> parsers = ThreadLocal.withInitial(ArticleParser::new);
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long[] parseNanos = {0};
        long[] parseCpuNanos = {0};
        long[] inputBytes = {0};
        int[] textBytes = {0};
        List<SyntheticDay.GeneratedArticle> batch = new ArrayList<>();
        Runnable parseBatch = () -> {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<ParseOutcome> outcomes = batch.parallelStream().map(g -> parsers.get().parse(g.upload())).toList();
            parseNanos[0] += System.nanoTime() - t0;
            parseCpuNanos[0] += processCpuNanos() - c0;
            for (int i = 0; i < batch.size(); i++) {
                SyntheticDay.GeneratedArticle g = batch.get(i);
                inputBytes[0] += g.upload().bytes().length;
                if (outcomes.get(i) instanceof ParseOutcome.Parsed p) {
                    if (seen.add(p.article().sha256())) {
                        articles.add(p.article());
                    }
                } else if (outcomes.get(i) instanceof ParseOutcome.Rejected r) {
                    rejected.add(r.rejection());
                }
                if (textBytes[0] < SPLIT_TEXT_BYTES) {
                    texts.add(g.body());
                    textBytes[0] += g.body().length();
                }
            }
            batch.clear();
        };
        day.forEach(g -> {
            batch.add(g);
            if (batch.size() == PARSE_BATCH) {
                parseBatch.run();
            }
        });
        parseBatch.run();
        if (!withDigest) {
            return new Run(parseNanos[0], -1, parseCpuNanos[0], -1, inputBytes[0], articles.size(), rejected.size(),
                    null);
        }
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        Digest digest = new DigestEngine().summarize(SyntheticDay.DATE.toString(), articles, rejected);
        long digestNanos = System.nanoTime() - t0;
        long digestCpuNanos = processCpuNanos() - c0;
        return new Run(parseNanos[0], digestNanos, parseCpuNanos[0], digestCpuNanos, inputBytes[0], articles.size(),
                rejected.size(), digest);
    }

    /** CPU time of the whole process so far: parser and engine run on several threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long millis(long nanos) {
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
