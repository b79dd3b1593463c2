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
        Holders holders = new Holders(shingles);
        int[] out = new int[n];
        int[] common = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int[] mine = holders.shingleIds(i);
            int t = 0;
            for (int id : mine) {
                int count = holders.count(id);
                if (count > maxHolders) {
                    continue;
                }
                for (int e = holders.first(id), end = e + count; e < end; e++) {
                    int j = holders.article(e);
                    if (common[j]++ == 0) {
                        touched[t++] = j;
                    }
                }
            }
            out[i] = i; // the first (lowest) earlier article it is a near-copy of, if any
            for (int x = 0; x < t; x++) {
                int j = touched[x];
                if (j < out[i] && enough(common[j], mine.length, shingles.get(j).length)) {
                    out[i] = j;
                }
                common[j] = 0;
            }
            if (out[i] == i) {
                for (int id : mine) {
                    holders.add(id, i);
                }
            }
        }
        return out;
    }

    /**
     * Shingle -> the independent articles holding it so far. Every shingle gets a number and, in one shared array,
     * a run of room for all the articles that hold it, filled as they prove independent: the articles holding a
     * shingle are read from consecutive memory (chained entries scattered over the day's shingles made the search
     * wait on memory most of its time).
     */
    private static final class Holders {
        private final int[][] idsByArticle;
        /** Per shingle number: where its run starts in {@link #articles}. */
        private final int[] starts;
        /** Per shingle number: how many independent articles are in its run so far. */
        private final int[] counts;
        private final int[] articles;

        Holders(List<long[]> shingles) {
            ShingleNumbers numbers = new ShingleNumbers();
            idsByArticle = new int[shingles.size()][];
            for (int i = 0; i < idsByArticle.length; i++) {
                long[] hashes = shingles.get(i);
                int[] ids = new int[hashes.length];
                for (int k = 0; k < hashes.length; k++) {
                    ids[k] = numbers.of(hashes[k]);
                }
                idsByArticle[i] = ids;
            }
            int[] room = new int[numbers.size() + 1];
            for (int[] ids : idsByArticle) {
                for (int id : ids) {
                    room[id + 1]++;
                }
            }
            for (int id = 0; id < numbers.size(); id++) {
                room[id + 1] += room[id];
            }
            starts = room;
            counts = new int[numbers.size()];
            articles = new int[room[numbers.size()]];
        }

        /** The numbers of article {@code i}'s shingles. */
        int[] shingleIds(int i) {
            return idsByArticle[i];
        }

        int count(int id) {
            return counts[id];
        }

        /** Where the run of the articles holding shingle {@code id} starts. */
        int first(int id) {
            return starts[id];
        }

        int article(int entry) {
            return articles[entry];
        }

        void add(int id, int article) {
            articles[starts[id] + counts[id]++] = article;
        }
    }

    /** Numbers distinct shingle hashes 0, 1, 2... in order of first sight (open addressing over primitive arrays). */
    private static final class ShingleNumbers {
        private long[] keys = new long[1024];
        /** Per slot: the key's number + 1; 0 for an empty slot. */
        private int[] numbers = new int[1024];
        private int size;

        int size() {
            return size;
        }

        int of(long key) {
            int slot = find(keys, numbers, key);
            if (numbers[slot] == 0) {
                if ((size + 1) * 2 > keys.length) {
                    grow();
                    slot = find(keys, numbers, key);
                }
                keys[slot] = key;
                numbers[slot] = ++size;
            }
            return numbers[slot] - 1;
        }

        /** The key's slot, or the empty slot where it would go. */
        private static int find(long[] keys, int[] numbers, long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key ^ (key >>> 32)) * 0x9E3779B9L >>> 7) & mask;
            while (numbers[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldNumbers = numbers;
            keys = new long[oldKeys.length * 2];
            numbers = new int[oldKeys.length * 2];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldNumbers[s] != 0) {
                    int slot = find(keys, numbers, oldKeys[s]);
                    keys[slot] = oldKeys[s];
                    numbers[slot] = oldNumbers[s];
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
