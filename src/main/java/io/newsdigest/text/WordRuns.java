package io.newsdigest.text;

import java.util.Arrays;

/**
 * Runs of consecutive words as 64-bit hashes, and sets of such numbers as sorted arrays without repeats: what
 * near-copy and echo detection compare (one hash per word in, a sorted set of run hashes out).
 */
public final class WordRuns {

    private static final long OFFSET = 0xcbf29ce484222325L;

    private WordRuns() {
    }

    /** The sorted, distinct hashes of every run of {@code width} consecutive words of {@code words[0..n)}. */
    public static long[] of(long[] words, int n, int width) {
        if (n < width) {
            return new long[0];
        }
        long[] out = new long[n - width + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = hash(words, i, i + width);
        }
        return sortedDistinct(out, out.length);
    }

    /** One hash for the words {@code from} (inclusive) to {@code to}, order mattering, bits well mixed. */
    public static long hash(long[] words, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ words[i]) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return h;
    }

    /** The first {@code n} values, sorted, each once (a new array). */
    public static long[] sortedDistinct(long[] values, int n) {
        long[] out = Arrays.copyOf(values, n);
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }
}
