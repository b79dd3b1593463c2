package io.newsdigest.bench;

import io.newsdigest.text.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sentence splitter's throughput on one thread, in megabytes (10^6 bytes of UTF-8) of text per CPU second:
 * the texts are split once to warm the code up, then again and again for at least {@code millis} of the
 * thread's CPU time; the figure is the bytes split over that CPU time. CPU time rather than wall time, so
 * other processes sharing the cores do not lower the figure.
 */
final class SplitterSpeed {

    private SplitterSpeed() {
    }

    static double megabytesPerSecond(List<String> texts, SentenceSplitter splitter, long millis) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no text to split");
        }
        long bytesPerPass = 0;
        for (String t : texts) {
            bytesPerPass += t.getBytes(StandardCharsets.UTF_8).length;
        }
        long sentences = pass(texts, splitter);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        long start = threads.getCurrentThreadCpuTime();
        long elapsed;
        do {
            sentences += pass(texts, splitter);
            bytes += bytesPerPass;
            elapsed = threads.getCurrentThreadCpuTime() - start;
        } while (elapsed < millis * 1_000_000L);
        if (sentences == 0) {
            throw new IllegalStateException("the splitter found no sentences");
        }
        return bytes / 1e6 / (elapsed / 1e9);
    }

    private static long pass(List<String> texts, SentenceSplitter splitter) {
        long n = 0;
        for (String t : texts) {
            n += splitter.split(t).size();
        }
        return n;
    }
}
