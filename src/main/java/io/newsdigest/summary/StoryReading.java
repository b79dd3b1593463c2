package io.newsdigest.summary;

import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.StoryArticles;
import io.newsdigest.text.AnalyzedSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A story's sentences as {@link Statement}s in one vector space: each term weighted by how rare it is among
 * the story's sentences, names a little more. Gives the similarity of two statements, the pairs from different
 * sources worth comparing (found through an inverted index, never all pairs), and each statement's
 * centrality: its closeness to the story's centroid (as in MEAD).
 */
public final class StoryReading {

    private static final double NAME_BOOST = 1.3;
    /** Later statements compared exactly with each statement: those sharing the most indexed terms. */
    private static final int MAX_CANDIDATES = 40;
    /** Terms no other sentence of the story uses cannot match; they count less against a sentence's length. */
    private static final double UNSHARED = 0.5;
    /** Similarity added per shared pair of adjacent terms (a phrase both use), up to {@link #PHRASE_CAP}. */
    private static final double PHRASE_BONUS = 0.05;
    private static final double PHRASE_CAP = 0.2;

    private final StoryArticles story;
    private final List<Statement> statements;
    private final Map<String, Double> weight = new HashMap<>();
    private final double[] norm2;
    private final double[] centrality;
    private final Map<Long, Double> similarity = new HashMap<>();
    private final List<Pair> pairs;
    private final List<java.util.Set<String>> bigrams;

    /** Two statements of different sources and their similarity; {@code a < b}. */
    public record Pair(int a, int b, double similarity) {
    }

    public StoryReading(StoryArticles story, QuantityReader quantities) {
        this.story = story;
        List<Statement> list = new ArrayList<>();
        for (int m = 0; m < story.articles().size(); m++) {
            ArticleText a = story.articles().get(m);
            for (int k = 0; k < a.sentences().size(); k++) {
                AnalyzedSentence s = a.sentences().get(k);
                list.add(Statement.of(list.size(), m, story.sourceOf().get(m), a.positions().get(k), a, s,
                        quantities.read(s.tokens())));
            }
        }
        this.statements = List.copyOf(list);
        Map<String, Integer> df = new TreeMap<>();
        for (Statement s : statements) {
            for (String k : s.keys()) {
                df.merge(k, 1, Integer::sum);
            }
        }
        int n = Math.max(1, statements.size());
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            double w = Math.max(0.05, Math.log((n + 1.0) / e.getValue()));
            weight.put(e.getKey(), e.getValue() == 1 ? w * UNSHARED : w);
        }
        bigrams = new ArrayList<>();
        for (Statement s : statements) {
            bigrams.add(bigrams(s));
        }
        norm2 = new double[statements.size()];
        for (Statement s : statements) {
            double sum = 0;
            for (String k : s.keys()) {
                double w = w(s, k);
                sum += w * w;
            }
            norm2[s.id()] = sum;
        }
        centrality = computeCentrality();
        pairs = computePairs(df);
    }

    public StoryArticles story() {
        return story;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** Candidate pairs from different sources with their similarity, strongest first. */
    public List<Pair> pairs() {
        return pairs;
    }

    public double centrality(Statement s) {
        return centrality[s.id()];
    }

    /** The weight of a key in this story (0 when unknown). */
    public double weight(String key) {
        return weight.getOrDefault(key, 0.0);
    }

    private double w(Statement s, String key) {
        double w = weight.getOrDefault(key, 0.0);
        return s.names().contains(key) ? w * NAME_BOOST : w;
    }

    /** Cosine similarity of two statements' weighted term sets. */
    public double similarity(Statement a, Statement b) {
        if (a.id() == b.id()) {
            return 1;
        }
        long key = a.id() < b.id() ? ((long) a.id() << 32) | b.id() : ((long) b.id() << 32) | a.id();
        Double cached = similarity.get(key);
        if (cached != null) {
            return cached;
        }
        double dot = 0;
        Statement small = a.keys().size() <= b.keys().size() ? a : b;
        Statement large = small == a ? b : a;
        for (String k : small.keys()) {
            if (large.keys().contains(k)) {
                dot += w(a, k) * w(b, k);
            }
        }
        double d = Math.sqrt(norm2[a.id()] * norm2[b.id()]);
        double sim = d == 0 ? 0 : dot / d;
        if (sim > 0) {
            int phrases = 0;
            for (String g : bigrams.get(small.id())) {
                if (bigrams.get(large.id()).contains(g)) {
                    phrases++;
                }
            }
            sim = Math.min(1.0, sim + Math.min(PHRASE_CAP, PHRASE_BONUS * phrases));
        }
        if (similarity.size() < 300_000) {
            similarity.put(key, sim);
        }
        return sim;
    }

    /** The keys two statements share, in key order. */
    public List<String> shared(Statement a, Statement b) {
        List<String> out = new ArrayList<>();
        for (String k : new java.util.TreeSet<>(a.keys())) {
            if (b.keys().contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Pairs of terms next to each other (function words between allowed), not both names. */
    private static java.util.Set<String> bigrams(Statement s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<io.newsdigest.text.Term> terms = s.sentence().terms();
        for (int i = 1; i < terms.size(); i++) {
            io.newsdigest.text.Term a = terms.get(i - 1);
            io.newsdigest.text.Term b = terms.get(i);
            if (b.token() - a.token() <= 3 && !(s.names().contains(a.key()) && s.names().contains(b.key()))
                    && !a.key().equals(b.key())) {
                out.add(a.key() + " " + b.key());
            }
        }
        return out;
    }

    private double[] computeCentrality() {
        Map<String, Double> centroid = new TreeMap<>();
        for (Statement s : statements) {
            double nrm = Math.sqrt(norm2[s.id()]);
            if (nrm == 0) {
                continue;
            }
            for (String k : s.keys()) {
                centroid.merge(k, w(s, k) / nrm, Double::sum);
            }
        }
        double cn = 0;
        for (double v : centroid.values()) {
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
            for (String k : s.keys()) {
                dot += w(s, k) * centroid.get(k);
            }
            out[s.id()] = dot / (nrm * cn);
        }
        return out;
    }

    private List<Pair> computePairs(Map<String, Integer> df) {
        int n = statements.size();
        int maxDf = (int) Math.max(12, Math.min(n / 3.0, 4 * Math.sqrt(n)));
        Map<String, List<Integer>> postings = new TreeMap<>();
        for (Statement s : statements) {
            for (String k : s.keys()) {
                if (df.get(k) >= 2 && df.get(k) <= maxDf) {
                    postings.computeIfAbsent(k, x -> new ArrayList<>()).add(s.id());
                }
            }
        }
        int[] hits = new int[n];
        int[] touched = new int[n];
        List<Pair> out = new ArrayList<>();
        for (Statement s : statements) {
            int t = 0;
            for (String k : s.keys()) {
                List<Integer> post = postings.get(k);
                if (post == null) {
                    continue;
                }
                for (int j : post) {
                    if (j > s.id() && statements.get(j).source() != s.source() && hits[j]++ == 0) {
                        touched[t++] = j;
                    }
                }
            }
            Integer[] order = new Integer[t];
            for (int x = 0; x < t; x++) {
                order[x] = touched[x];
            }
            Arrays.sort(order, (x, y) -> hits[x] != hits[y] ? Integer.compare(hits[y], hits[x])
                    : Integer.compare(x, y));
            for (int x = 0; x < t && x < MAX_CANDIDATES; x++) {
                int j = order[x];
                if (hits[j] < 2) {
                    break;
                }
                double sim = similarity(s, statements.get(j));
                if (sim > 0.08) {
                    out.add(new Pair(s.id(), j, sim));
                }
            }
            for (int x = 0; x < t; x++) {
                hits[touched[x]] = 0;
            }
        }
        out.sort((p, q) -> p.similarity() != q.similarity() ? Double.compare(q.similarity(), p.similarity())
                : p.a() != q.a() ? Integer.compare(p.a(), q.a()) : Integer.compare(p.b(), q.b()));
        return List.copyOf(out);
    }
}
