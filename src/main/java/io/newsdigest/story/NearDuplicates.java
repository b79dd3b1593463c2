package io.newsdigest.story;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Token;
import io.newsdigest.text.WordRuns;
import java.util.Arrays;
import java.util.List;

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
        return shingles(words, n);
    }

    /**
     * The sorted, distinct shingle hashes of the content terms of an article's body, as grouping reads it (stopwords
     * and short numbers left out): what the day's articles are compared by before they are grouped.
     */
    public long[] shingles(ArticleTerms a) {
        long[] words = new long[64];
        int n = 0;
        for (ArticleTerms.Line s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, 2 * n);
                }
                words[n++] = hash(s.key(i));
            }
        }
        return shingles(words, n);
    }

    private static long[] shingles(long[] words, int n) {
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
        return sources(shingles, Integer.MAX_VALUE);
    }

    /**
     * As {@link #sources(List)}, but a shingle already held by more than {@code maxHolders} independent articles is
     * not counted: across a whole day, such a run of words is a stock phrase, not a sign of copying, and
     * following it would cost time in the square of the day.
     */
    public int[] sources(List<long[]> shingles, int maxHolders) {
        int n = shingles.size();
        int[] out = new int[n];
        Holders holders = new Holders();
        int[] common = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            long[] mine = shingles.get(i);
            int t = 0;
            for (long h : mine) {
                if (holders.count(h) > maxHolders) {
                    continue;
                }
                for (int e = holders.first(h); e >= 0; e = holders.next(e)) {
                    int j = holders.article(e);
                    if (common[j]++ == 0) {
                        touched[t++] = j;
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
                    holders.add(h, i);
                }
            }
        }
        return out;
    }

    /**
     * Shingle -> the articles holding it, in primitive arrays: open addressing over the shingles, each slot
     * heading a chain of entries (a map of boxed longs to lists cost a third of the near-copy search).
     */
    private static final class Holders {
        private long[] keys = new long[1024];
        /** Per slot: its chain's first entry + 1; 0 for an empty slot. */
        private int[] heads = new int[1024];
        /** Per slot: how many entries its chain has. */
        private int[] counts = new int[1024];
        private int slotsUsed;
        private int[] articles = new int[1024];
        private int[] nexts = new int[1024];
        private int entries;

        int first(long key) {
            int slot = find(key);
            return heads[slot] - 1;
        }

        int count(long key) {
            return counts[find(key)];
        }

        int next(int entry) {
            return nexts[entry];
        }

        int article(int entry) {
            return articles[entry];
        }

        void add(long key, int article) {
            if ((slotsUsed + 1) * 2 > keys.length) {
                grow();
            }
            int slot = find(key);
            if (heads[slot] == 0) {
                keys[slot] = key;
                slotsUsed++;
            }
            if (entries == articles.length) {
                articles = Arrays.copyOf(articles, entries * 2);
                nexts = Arrays.copyOf(nexts, entries * 2);
            }
            articles[entries] = article;
            nexts[entries] = heads[slot] - 1;
            heads[slot] = ++entries;
            counts[slot]++;
        }

        /** The key's slot, or the empty slot where it would go. */
        private int find(long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key ^ (key >>> 32)) * 0x9E3779B9L >>> 7) & mask;
            while (heads[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            heads = new int[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldHeads[s] != 0) {
                    int slot = find(oldKeys[s]);
                    keys[slot] = oldKeys[s];
                    heads[slot] = oldHeads[s];
                    counts[slot] = oldCounts[s];
                }
            }
        }
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
    static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < w.length(); k++) {
            h ^= w.charAt(k);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
