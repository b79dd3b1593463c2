package io.newsdigest.bench;

/**
 * What one benchmark run measured; printed as one JSON line, fields in this order.
 *
 * @param articles         uploads generated and parsed
 * @param stories          stories the day was generated with
 * @param parseMillis      time spent in the article parser, all uploads, one thread
 * @param digestMillis     time the digest engine took for the day's distinct articles
 * @param peakHeapMB       sum of the heap pools' peak use during parse and digest (see {@link HeapWatch})
 * @param liveHeapMB       most heap still in use after a collection, during or right after the run
 * @param distinctArticles articles after removing identical uploads (the store is content-addressed)
 * @param rejected         uploads the parser refused
 * @param digestStories    stories in the digest
 * @param inputMB          megabytes of uploads parsed
 * @param splitMBps        sentence splitter throughput on the day's article text, one thread
 * @param seed             the seed of the day
 * @param warmup           untimed runs of the same day before this one, in the same JVM
 */
public record BenchResult(int articles, int stories, long parseMillis, long digestMillis, long peakHeapMB,
                          long liveHeapMB, int distinctArticles, int rejected, int digestStories, double inputMB,
                          double splitMBps, long seed, int warmup) {
}
