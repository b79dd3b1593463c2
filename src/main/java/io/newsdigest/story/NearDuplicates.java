package io.newsdigest.story;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Token;
import java.util.ArrayList;
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
        List<String> words = new ArrayList<>();
        for (AnalyzedSentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isWord() || t.isNumber()) {
                    words.add(t.norm());
                }
            }
        }
        if (words.size() < SHINGLE) {
            return words.isEmpty() ? new long[0] : new long[] {hash(words, 0, words.size())};
        }
        long[] out = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = hash(words, i, i + SHINGLE);
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    /** Whether two shingle sets are near-copies of each other. */
    public boolean sameText(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
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
        return common >= threshold * Math.min(a.length, b.length);
    }

    private static long hash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            for (int k = 0; k < w.length(); k++) {
                h ^= w.charAt(k);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h;
    }
}
