package io.newsdigest.story;

import java.util.Arrays;

/**
 * Candidate ranking through an inverted index: for one item at a time, how many index entries each other item
 * shares with it, then those sharing enough, most shared first. Counters are reused from item to item and
 * cleared by {@link #clear()}, so the work per item follows its postings, not the number of items. Not
 * thread-safe: one per thread.
 */
public final class SharedCounts {

    private final int[] hits;
    private final int[] touched;
    /** Hits descending in the high half, index ascending in the low half: one primitive sort ranks them. */
    private final long[] ranked;
    private int touchedCount;

    /** Counters for items numbered 0 to {@code n - 1}. */
    public SharedCounts(int n) {
        hits = new int[n];
        touched = new int[n];
        ranked = new long[n];
    }

    /** Item {@code j} shares one more entry. */
    public void hit(int j) {
        if (hits[j]++ == 0) {
            touched[touchedCount++] = j;
        }
    }

    /**
     * Ranks the items hit at least {@code minHits} times, most hits first, then lower index; returns how many
     * there are, read with {@link #candidate(int)}.
     */
    public int rank(int minHits) {
        int candidates = 0;
        for (int x = 0; x < touchedCount; x++) {
            int j = touched[x];
            if (hits[j] >= minHits) {
                ranked[candidates++] = ((long) (Integer.MAX_VALUE - hits[j]) << 32) | j;
            }
        }
        Arrays.sort(ranked, 0, candidates);
        return candidates;
    }

    /** The {@code k}th item of the last {@link #rank(int)}. */
    public int candidate(int k) {
        return (int) ranked[k];
    }

    /** Zeroes the counters for the next item. */
    public void clear() {
        for (int x = 0; x < touchedCount; x++) {
            hits[touched[x]] = 0;
        }
        touchedCount = 0;
    }
}
