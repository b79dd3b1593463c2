package io.newsdigest.story;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Token;
import io.newsdigest.text.WordRuns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells syndicated copies and re-uploads apart from independent reports: two articles are near-copies when
 * most of the shorter one's five-word shingles occur in the other.
 */
public final class NearDuplicates {

    private static final int SHINGLE = 5;
    private final double threshold;

    /** @param threshold the share of the shorter article's shingles the longer must hold, e.g. 0.6 */
    public NearDuplicates(double threshold) {
        this.threshold = threshold;
    }

    /** The sorted, distinct shingle hashes of an article's body. */
    public long[] shingles(ArticleText a) {
        long[] words = new long[64];
        int n = 0;
        for (AnalyzedSentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isWord() || t.isNumber()) {
                    if (n == words.length) {
                        words = Arrays.copyOf(words, 2 * n);
                    }
                    words[n++] = hash(t.norm());
                }
            }
        }
        if (n < SHINGLE) {
            return n == 0 ? new long[0] : new long[] {WordRuns.hash(words, 0, n)};
        }
        return WordRuns.of(words, n, SHINGLE);
    }

    /**
     * For each of several articles' shingle sets, in order, the first earlier one it is a near-copy of among those
     * that are no copy themselves, or its own position. Same answer as {@link #sameText} tried against every
     * earlier independent article, but only articles sharing a shingle are counted: an index from shingle to the
     * independent articles holding it, so a big story is not compared pair by pair.
     */
    public int[] sources(List<long[]> shingles) {
        int n = shingles.size();
        int[] out = new int[n];
        Map<Long, List<Integer>> holders = new HashMap<>();
        int[] common = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            long[] mine = shingles.get(i);
            int t = 0;
            for (long h : mine) {
                List<Integer> holding = holders.get(h);
                if (holding != null) {
                    for (int j : holding) {
                        if (common[j]++ == 0) {
                            touched[t++] = j;
                        }
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            out[i] = i;
            for (int x = 0; x < t; x++) {
                int j = touched[x];
                if (enough(common[j], mine.length, shingles.get(j).length)) {
                    out[i] = j;
                    break;
                }
            }
            for (int x = 0; x < t; x++) {
                common[touched[x]] = 0;
            }
            if (out[i] == i) {
                for (long h : mine) {
                    holders.computeIfAbsent(h, k -> new ArrayList<>(1)).add(i);
                }
            }
        }
        return out;
    }

    /** Whether two shingle sets of these sizes sharing {@code common} shingles are near-copies. */
    private boolean enough(int common, int a, int b) {
        return a > 0 && b > 0 && common >= threshold * Math.min(a, b);
    }

    /** Whether two shingle sets are near-copies of each other. */
    public boolean sameText(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        double needed = threshold * Math.min(a.length, b.length);
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (common + Math.min(a.length - i, b.length - j) < needed) {
                return false;
            }
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return enough(common, a.length, b.length);
    }

    /** 64-bit FNV-1a of a word. */
    private static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < w.length(); k++) {
            h ^= w.charAt(k);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
