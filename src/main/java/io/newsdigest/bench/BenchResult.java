package io.newsdigest.bench;

import java.util.List;

/**
 * What one benchmark run measured; printed as one JSON line, fields in this order.
 *
 * @param articles         uploads generated and parsed
 * @param stories          stories the day was generated with
 * @param parseMillis      wall time spent in the article parser, all uploads, parsed concurrently on every core
 * @param digestMillis     time the digest engine took for the day's distinct articles; -1 when not run
 *                         ({@code --no-digest}), as are {@code digestStories} and {@code digestCpuMillis}
 * @param peakHeapMB       sum of the heap pools' peak use during parse and digest (see {@link HeapWatch})
 * @param liveHeapMB       most heap still in use after a collection, during or right after the run (after warm-up
 *                         runs, their garbage not yet collected counts too: read memory from cold runs)
 * @param distinctArticles articles after removing identical uploads (the store is content-addressed)
 * @param rejected         uploads the parser refused
 * @param digestStories    stories in the digest
 * @param inputMB          megabytes of uploads parsed
 * @param splitMBps        sentence splitter throughput on the day's article text, one thread, megabytes per CPU
 *                         second
 * @param parseCpuMillis   CPU time of the whole process while uploads were parsed (on every core): unlike wall
 *                         time, not inflated when other processes share the cores
 * @param digestCpuMillis  CPU time of the whole process while the engine ran (all its threads: the engine works
 *                         in parallel; includes the collector's and compiler's threads)
 * @param seed             the seed of the day
 * @param warmup           untimed runs of the same day before this one, in the same JVM
 * @param loadAverage      the machine's load average over the last minute, when the run ended: above the
 *                         number of cores, wall times are inflated by other work
 * @param warmupMillis     wall time (parse + digest) of each untimed run, in order: the measured run is warm when
 *                         these have stopped falling
 */
public record BenchResult(int articles, int stories, long parseMillis, long digestMillis, long peakHeapMB,
                          long liveHeapMB, int distinctArticles, int rejected, int digestStories, double inputMB,
                          double splitMBps, long parseCpuMillis, long digestCpuMillis, long seed, int warmup,
                          double loadAverage, List<Long> warmupMillis) {

    public BenchResult {
        warmupMillis = List.copyOf(warmupMillis);
    }
}
