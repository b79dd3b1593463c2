package io.newsdigest.extract;

import io.newsdigest.text.Letters;
import io.newsdigest.text.WordRuns;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text a page shows twice. A block equal to the block just before it is a photo caption and its enlarged copy:
 * both go. A block equal to an earlier one further away, or a short sentence whose every run of
 * {@value #ECHO_WORDS} words stands in one longer block, is a pull quote or a summary echoing the body: it goes,
 * the text it echoes stays. Short repeats (a place named in two table rows) and list items or table cells that
 * repeat each other are data and stay. Linear in the size of the text.
 */
final class RepeatedText {

    /** Repeats shorter than this (in letters and digits) are data. */
    private static final int REPEAT_MIN = 25;

    /** Words in the runs that tell an echo of the article's text. */
    private static final int ECHO_WORDS = 5;

    /** The blocks sharing a run that an echo is compared with, at most. */
    private static final int ECHO_CANDIDATES = 4;

    /** Blocks longer than this are paragraphs, not pull quotes or summaries... */
    private static final int ECHO_MAX_CHARS = 400;

    /** ...and the paragraphs they echo are at most this long (a longer block is not one paragraph). */
    private static final int ECHOED_MAX_CHARS = 5_000;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private RepeatedText() {
    }

    /**
     * Which of {@code blocks} repeat others and should go. Only blocks marked {@code live} (not already judged
     * as chrome) take part, as repeats or as the text repeated.
     */
    static boolean[] find(List<Block> blocks, boolean[] live) {
        boolean[] out = new boolean[blocks.size()];
        copies(blocks, live, out);
        echoes(blocks, live, out);
        return out;
    }

    private static void copies(List<Block> blocks, boolean[] live, boolean[] out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            String k = blocks.get(i).key();
            if (k.length() < REPEAT_MIN) {
                continue;
            }
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier == null) {
                continue;
            }
            out[i] = true;
            if (earlier == i - 1) {
                out[earlier] = true;
            }
        }
    }

    /** Each short sentence is compared with the few blocks that share its first run, so this stays linear. */
    private static void echoes(List<Block> blocks, boolean[] live, boolean[] out) {
        int n = blocks.size();
        boolean[] candidate = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            candidate[i] = live[i] && !out[i] && b.text().length() <= ECHO_MAX_CHARS
                    && b.kind() != Block.Kind.ITEM && b.kind() != Block.Kind.CELL
                    && TextMeasures.endsLikeSentence(b.text());
            any |= candidate[i];
        }
        if (!any) {
            return;
        }
        long[][] runs = new long[n][];
        long[] firsts = new long[n];
        int wanted = 0;
        for (int i = 0; i < n; i++) {
            String t = blocks.get(i).text();
            runs[i] = live[i] && !out[i] && t.length() <= ECHOED_MAX_CHARS ? wordRuns(t) : new long[0];
            if (candidate[i] && runs[i].length >= 2) {
                firsts[wanted++] = runs[i][0];
            }
        }
        // the first few blocks, in order, holding each candidate's first run
        long[] keys = WordRuns.sortedDistinct(firsts, wanted);
        int[][] holders = new int[keys.length][ECHO_CANDIDATES];
        int[] held = new int[keys.length];
        for (int j = 0; j < n; j++) {
            for (long run : runs[j]) {
                int k = Arrays.binarySearch(keys, run);
                if (k >= 0 && held[k] < ECHO_CANDIDATES) {
                    holders[k][held[k]++] = j;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            long[] r = runs[i];
            if (!candidate[i] || r.length < 2) {
                continue;
            }
            int k = Arrays.binarySearch(keys, r[0]);
            for (int h = 0; h < held[k]; h++) {
                int j = holders[k][h];
                if (j != i && runs[j].length > r.length && containsAll(runs[j], r)) {
                    out[i] = true;
                    break;
                }
            }
        }
    }

    /** Whether sorted {@code outer} holds every value of sorted {@code inner}. */
    private static boolean containsAll(long[] outer, long[] inner) {
        int j = 0;
        for (long v : inner) {
            while (j < outer.length && outer[j] < v) {
                j++;
            }
            if (j == outer.length || outer[j] != v) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every run of {@value #ECHO_WORDS} consecutive words (lower case, letters and digits only) as a 64-bit hash,
     * sorted, each once.
     */
    private static long[] wordRuns(String text) {
        long[] words = new long[16];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        char[] chars = text.toCharArray(); // C1 makes each charAt of a string with a curly quote a call
        for (int i = 0; i <= chars.length; i++) {
            char c = i < chars.length ? chars[i] : ' ';
            if (Letters.isLetterOrDigit(c)) {
                h = (h ^ Letters.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord && (c != '\'' && c != '’' || i + 1 >= chars.length
                    || !Letters.isLetter(chars[i + 1]))) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, 2 * n);
                }
                words[n++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        return WordRuns.of(words, n, ECHO_WORDS);
    }
}
