package io.newsdigest.summary;

import io.newsdigest.quantity.Quantity;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.SharedCounts;
import io.newsdigest.story.StoryArticles;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Term;
import io.newsdigest.text.WordRuns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A story's sentences as {@link Statement}s in one vector space: each term weighted by how rare it is among
 * the story's sentences, names a little more. Gives the similarity of two statements, the pairs from different
 * sources worth comparing (found through an inverted index, never all pairs), and each statement's
 * centrality: its closeness to the story's centroid (as in MEAD).
 *
 * <p>Terms are numbered in key order; each statement holds its terms' numbers sorted with their weights, and its
 * phrases as sorted numbers, so that a similarity is two merges of short arrays: cheap enough to compute on
 * every call, with nothing cached. Immutable once built, so several stories may be read at once.
 */
public final class StoryReading {

    private static final double NAME_BOOST = 1.3;
    /** Later statements compared exactly with each statement: those sharing the most indexed terms. */
    private static final int MAX_CANDIDATES = 40;
    /**
     * Terms used by more statements are not indexed for candidates (a story of 2,500 statements reaches it): in
     * the largest stories, the work per statement then stops growing with the story.
     */
    private static final int MAX_INDEXED_DF = 200;
    /** Terms no other sentence of the story uses cannot match; they count less against a sentence's length. */
    private static final double UNSHARED = 0.5;
    /** Similarity added per shared pair of adjacent terms (a phrase both use), up to {@link #PHRASE_CAP}. */
    private static final double PHRASE_BONUS = 0.05;
    private static final double PHRASE_CAP = 0.2;

    private final StoryArticles story;
    private final List<Statement> statements;
    /** Term number by key; numbers follow key order. */
    private final Map<String, Integer> termIds = new HashMap<>();
    /** By term number: the term's weight in this story and the number of statements using it. */
    private final double[] termWeight;
    private final int[] termDf;
    /** By statement id: its term numbers (ascending), their weights (names boosted), phrases (ascending). */
    private final int[][] terms;
    private final double[][] weights;
    private final long[][] phrases;
    /** By statement id, aligned with {@link #terms}: whether the term is a name there, or a number. */
    private final boolean[][] nameLike;
    /** By term number: the ids of the statements using it, ascending. */
    private final int[][] users;
    private final double[] norm2;
    private final double[] centrality;
    /** Statements by quote ({@link #quoted}), built on first use. */
    private Map<String, Statement> byQuote;
    /** Computed on first use: a reader that compares only chosen statements never pays for them. */
    private volatile List<Pair> pairs;

    /** Two statements of different sources and their similarity; {@code a < b}. */
    public record Pair(int a, int b, double similarity) {
    }

    public StoryReading(StoryArticles story, QuantityReader quantities) {
        this(story, quantities::read);
    }

    /**
     * As {@link #StoryReading(StoryArticles, QuantityReader)}, each sentence's quantities given by
     * {@code quantities}, which must give what a {@link QuantityReader} reads of it (a reader that has read the
     * same sentence before may hand that back).
     */
    public StoryReading(StoryArticles story, Function<AnalyzedSentence, List<Quantity>> quantities) {
        this.story = story;
        List<Statement> list = new ArrayList<>();
        for (int m = 0; m < story.articles().size(); m++) {
            ArticleText a = story.articles().get(m);
            for (int k = 0; k < a.sentences().size(); k++) {
                AnalyzedSentence s = a.sentences().get(k);
                list.add(Statement.of(list.size(), m, story.sourceOf().get(m), a.positions().get(k), a, s,
                        quantities.apply(s)));
            }
        }
        this.statements = List.copyOf(list);
        Map<String, int[]> df = new HashMap<>();
        for (Statement s : statements) {
            for (String k : s.keys()) {
                df.computeIfAbsent(k, x -> new int[1])[0]++;
            }
        }
        String[] keys = df.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int n = Math.max(1, statements.size());
        termWeight = new double[keys.length];
        termDf = new int[keys.length];
        for (String key : keys) {
            int id = termIds.size();
            int used = df.get(key)[0];
            termIds.put(key, id);
            double w = Math.max(0.05, Math.log((n + 1.0) / used));
            termWeight[id] = used == 1 ? w * UNSHARED : w;
            termDf[id] = used;
        }
        int count = statements.size();
        terms = new int[count][];
        weights = new double[count][];
        phrases = new long[count][];
        nameLike = new boolean[count][];
        norm2 = new double[count];
        for (Statement s : statements) {
            int[] ids = new int[s.keys().size()];
            double[] ws = new double[ids.length];
            int i = 0;
            double sum = 0;
            boolean[] named = new boolean[ids.length];
            for (String k : s.keys()) {
                ids[i] = termIds.get(k);
                named[i] = s.names().contains(k);
                ws[i] = named[i] ? termWeight[ids[i]] * NAME_BOOST : termWeight[ids[i]];
                sum += ws[i] * ws[i];
                named[i] |= k.startsWith("#");
                i++;
            }
            terms[s.id()] = ids;
            nameLike[s.id()] = named;
            weights[s.id()] = ws;
            norm2[s.id()] = sum;
            phrases[s.id()] = phrases(s);
        }
        users = new int[termDf.length][];
        int[] filled = new int[termDf.length];
        for (int t = 0; t < termDf.length; t++) {
            users[t] = new int[termDf[t]];
        }
        for (int id = 0; id < count; id++) {
            for (int t : terms[id]) {
                users[t][filled[t]++] = id;
            }
        }
        centrality = computeCentrality();
    }

    public StoryArticles story() {
        return story;
    }

    public List<Statement> statements() {
        return statements;
    }

    /**
     * The statement a quote names by its article's key and its text, as evidence and sides quote them, or null
     * when no statement of the story is that quote. The lookup is built on first use.
     */
    public Statement quoted(String articleKey, String text) {
        if (byQuote == null) {
            byQuote = new HashMap<>();
            for (Statement s : statements) {
                byQuote.putIfAbsent(quoteKey(s.articleKey(), s.text()), s);
            }
        }
        return byQuote.get(quoteKey(articleKey, text));
    }

    private static String quoteKey(String articleKey, String text) {
        return articleKey + '\u0000' + text;
    }

    /** Candidate pairs from different sources with their similarity, strongest first. */
    public List<Pair> pairs() {
        List<Pair> p = pairs;
        if (p == null) {
            synchronized (this) {
                p = pairs;
                if (p == null) {
                    p = computePairs();
                    pairs = p;
                }
            }
        }
        return p;
    }

    public double centrality(Statement s) {
        return centrality[s.id()];
    }

    /** The weight of a key in this story (0 when unknown). */
    public double weight(String key) {
        Integer id = termIds.get(key);
        return id == null ? 0.0 : termWeight[id];
    }

    /** Cosine similarity of two statements' weighted term sets, plus a little per phrase they share. */
    public double similarity(Statement a, Statement b) {
        if (a.id() == b.id()) {
            return 1;
        }
        int[] ta = terms[a.id()];
        int[] tb = terms[b.id()];
        double[] wa = weights[a.id()];
        double[] wb = weights[b.id()];
        double dot = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] < tb[j]) {
                i++;
            } else if (ta[i] > tb[j]) {
                j++;
            } else {
                dot += wa[i++] * wb[j++];
            }
        }
        double d = Math.sqrt(norm2[a.id()] * norm2[b.id()]);
        double sim = d == 0 ? 0 : dot / d;
        if (sim > 0) {
            int shared = 0;
            long[] pa = phrases[a.id()];
            long[] pb = phrases[b.id()];
            for (int i = 0, j = 0; i < pa.length && j < pb.length; ) {
                if (pa[i] < pb[j]) {
                    i++;
                } else if (pa[i] > pb[j]) {
                    j++;
                } else {
                    shared++;
                    i++;
                    j++;
                }
            }
            sim = Math.min(1.0, sim + Math.min(PHRASE_CAP, PHRASE_BONUS * shared));
        }
        return sim;
    }

    /** The statements using a key, in id order (none when the story does not use it). */
    public List<Statement> using(String key) {
        Integer t = termIds.get(key);
        if (t == null) {
            return List.of();
        }
        List<Statement> out = new ArrayList<>(users[t].length);
        for (int id : users[t]) {
            out.add(statements.get(id));
        }
        return out;
    }

    /**
     * What two statements share: keys that are names or numbers in either of them, and the other keys.
     *
     * @param words shared keys that are neither a name (in either statement) nor a number
     * @param names shared keys that are a name in either statement, or a number
     */
    public record Overlap(int words, int names) {

        /**
         * How much content the statements share: their shared keys, counting at most as many names and numbers as
         * other words (sharing only the story's names is not stating the same fact), and nothing but the words
         * when fewer than two are shared.
         */
        public int content() {
            return words < 2 ? words : words + Math.min(names, words);
        }
    }

    public Overlap overlap(Statement a, Statement b) {
        int[] ta = terms[a.id()];
        int[] tb = terms[b.id()];
        boolean[] na = nameLike[a.id()];
        boolean[] nb = nameLike[b.id()];
        int words = 0;
        int names = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] < tb[j]) {
                i++;
            } else if (ta[i] > tb[j]) {
                j++;
            } else {
                if (na[i++] || nb[j++]) {
                    names++;
                } else {
                    words++;
                }
            }
        }
        return new Overlap(words, names);
    }

    /** The keys two statements share, in key order. */
    public List<String> shared(Statement a, Statement b) {
        List<String> out = new ArrayList<>();
        for (String k : a.keys()) {
            if (b.keys().contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Pairs of terms next to each other (function words between allowed), not both names, as sorted distinct
     * numbers: first term's number in the high half, second's in the low half.
     */
    private long[] phrases(Statement s) {
        List<Term> list = s.sentence().terms();
        long[] out = new long[Math.max(0, list.size() - 1)];
        int n = 0;
        for (int i = 1; i < list.size(); i++) {
            Term a = list.get(i - 1);
            Term b = list.get(i);
            if (b.token() - a.token() <= 3 && !(s.names().contains(a.key()) && s.names().contains(b.key()))
                    && !a.key().equals(b.key())) {
                out[n++] = ((long) termIds.get(a.key()) << 32) | termIds.get(b.key());
            }
        }
        return WordRuns.sortedDistinct(out, n);
    }

    private double[] computeCentrality() {
        double[] centroid = new double[termWeight.length];
        for (Statement s : statements) {
            double nrm = Math.sqrt(norm2[s.id()]);
            if (nrm == 0) {
                continue;
            }
            int[] ids = terms[s.id()];
            double[] ws = weights[s.id()];
            for (int i = 0; i < ids.length; i++) {
                centroid[ids[i]] += ws[i] / nrm;
            }
        }
        double cn = 0;
        for (double v : centroid) {
            cn += v * v;
        }
        cn = Math.sqrt(cn);
        double[] out = new double[statements.size()];
        for (Statement s : statements) {
            double nrm = Math.sqrt(norm2[s.id()]);
            if (nrm == 0 || cn == 0) {
                continue;
            }
            double dot = 0;
            int[] ids = terms[s.id()];
            double[] ws = weights[s.id()];
            for (int i = 0; i < ids.length; i++) {
                dot += ws[i] * centroid[ids[i]];
            }
            out[s.id()] = dot / (nrm * cn);
        }
        return out;
    }

    /**
     * For each statement, the later statements of other sources that share the most indexed terms (used by at
     * least two and at most a few statements: common terms would make every sentence a candidate), at most
     * {@link #MAX_CANDIDATES}, scored exactly; pairs above a small similarity, strongest first.
     */
    private List<Pair> computePairs() {
        int n = statements.size();
        int maxDf = (int) Math.max(12, Math.min(MAX_INDEXED_DF, Math.min(n / 3.0, 4 * Math.sqrt(n))));
        int[][] postings = new int[termWeight.length][];
        int[] filled = new int[termWeight.length];
        for (int t = 0; t < termWeight.length; t++) {
            if (termDf[t] >= 2 && termDf[t] <= maxDf) {
                postings[t] = new int[termDf[t]];
            }
        }
        for (int s = 0; s < n; s++) {
            for (int t : terms[s]) {
                if (postings[t] != null) {
                    postings[t][filled[t]++] = s;
                }
            }
        }
        int[] source = new int[n];
        for (Statement s : statements) {
            source[s.id()] = s.source();
        }
        SharedCounts counts = new SharedCounts(n);
        List<Pair> out = new ArrayList<>();
        for (Statement s : statements) {
            for (int t : terms[s.id()]) {
                int[] post = postings[t];
                if (post == null) {
                    continue;
                }
                int from = Arrays.binarySearch(post, s.id()) + 1; // postings ascend and hold s itself
                for (int x = from; x < post.length; x++) {
                    if (source[post[x]] != s.source()) {
                        counts.hit(post[x]);
                    }
                }
            }
            int candidates = counts.rank(2); // sharing two indexed terms or more
            for (int x = 0; x < candidates && x < MAX_CANDIDATES; x++) {
                int j = counts.candidate(x);
                double sim = similarity(s, statements.get(j));
                if (sim > 0.08) {
                    out.add(new Pair(s.id(), j, sim));
                }
            }
            counts.clear();
        }
        out.sort((p, q) -> p.similarity() != q.similarity() ? Double.compare(q.similarity(), p.similarity())
                : p.a() != q.a() ? Integer.compare(p.a(), q.a()) : Integer.compare(p.b(), q.b()));
        return List.copyOf(out);
    }
}
