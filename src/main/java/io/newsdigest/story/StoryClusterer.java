package io.newsdigest.story;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups a day's articles into stories.
 *
 * <p>Each article becomes a TF-IDF vector over its content terms, names weighted up. Candidate pairs come from
 * an inverted index over each article's most telling terms (common terms are not indexed), so the work grows
 * with the number of related pairs, not with the square of the day. A pair links when its vectors are close
 * and it shares names; linked pairs merge, strongest first, while the two groups' centroids stay close both
 * over all terms and over names. So two earthquakes on one day, sharing the theme but not the places, stay
 * apart. Articles in different languages never share a story. Deterministic: the result depends only on the
 * input order of the articles.
 */
public final class StoryClusterer {

    /** Tunable thresholds; {@link #DEFAULTS} are the product's. */
    public record Settings(double linkCosine, double linkNames, double mergeCosine, double mergeNames,
            int probeTerms, double nameBoost) {
    }

    public static final Settings DEFAULTS = new Settings(0.20, 0.20, 0.17, 0.17, 40, 2.0);

    private final Settings settings;
    private final NearDuplicates copies = new NearDuplicates(0.6);

    public StoryClusterer() {
        this(DEFAULTS);
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
    }

    /** The stories of the day, each listing its articles in input order; stories in order of first article. */
    public List<StoryArticles> cluster(List<ArticleText> articles) {
        int n = articles.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> termIds = new ArrayList<>();
        List<double[]> termCounts = new ArrayList<>();
        List<boolean[]> termNames = new ArrayList<>();
        int[] df = new int[16];
        for (ArticleText a : articles) {
            TreeMap<Integer, double[]> counts = new TreeMap<>();
            if (a.title() != null) {
                addTerms(a, a.title(), 1.0, vocabulary, counts);
            }
            for (AnalyzedSentence s : a.sentences()) {
                addTerms(a, s, 1.0, vocabulary, counts);
            }
            int[] ids = new int[counts.size()];
            double[] tf = new double[ids.length];
            boolean[] nm = new boolean[ids.length];
            int k = 0;
            for (Map.Entry<Integer, double[]> e : counts.entrySet()) {
                ids[k] = e.getKey();
                tf[k] = e.getValue()[0];
                nm[k] = e.getValue()[1] > e.getValue()[0] / 2;
                k++;
            }
            if (vocabulary.size() > df.length) {
                df = Arrays.copyOf(df, Math.max(vocabulary.size(), df.length * 2));
            }
            for (int id : ids) {
                df[id]++;
            }
            termIds.add(ids);
            termCounts.add(tf);
            termNames.add(nm);
        }
        TermVector[] full = new TermVector[n];
        TermVector[] names = new TermVector[n];
        for (int i = 0; i < n; i++) {
            int[] ids = termIds.get(i);
            double[] tf = termCounts.get(i);
            boolean[] nm = termNames.get(i);
            double[] w = new double[ids.length];
            int[] nameIds = new int[ids.length];
            double[] nameW = new double[ids.length];
            int m = 0;
            for (int k = 0; k < ids.length; k++) {
                double idf = Math.log(1.0 + (double) n / df[ids[k]]);
                w[k] = (1 + Math.log(tf[k])) * idf * (nm[k] ? settings.nameBoost() : 1.0);
                if (nm[k]) {
                    nameIds[m] = ids[k];
                    nameW[m++] = w[k];
                }
            }
            full[i] = TermVector.normalized(ids, w, ids.length);
            names[i] = TermVector.normalized(nameIds, nameW, m);
        }
        List<Edge> edges = candidateEdges(articles, full, names, df);
        return merge(articles, full, names, edges);
    }

    private static void addTerms(ArticleText a, AnalyzedSentence s, double weight, Map<String, Integer> vocabulary,
            Map<Integer, double[]> counts) {
        for (Term t : s.terms()) {
            if (t.key().startsWith("#") && t.key().length() < 4) {
                continue;
            }
            Integer id = vocabulary.computeIfAbsent(t.key(), k -> vocabulary.size());
            double[] c = counts.computeIfAbsent(id, k -> new double[2]);
            c[0] += weight;
            if (a.isName(t, s)) {
                c[1] += weight;
            }
        }
    }

    private record Edge(int a, int b, double score) {
    }

    private List<Edge> candidateEdges(List<ArticleText> articles, TermVector[] full, TermVector[] names, int[] df) {
        int n = articles.size();
        int maxDf = (int) Math.max(50, Math.min(n / 2.0, 10 * Math.sqrt(n)));
        Map<Integer, List<Integer>> postings = new HashMap<>();
        int[][] probes = new int[n][];
        for (int i = 0; i < n; i++) {
            TermVector v = full[i];
            Integer[] order = new Integer[v.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -v.weight(k)).thenComparingInt(k -> k));
            int[] p = new int[Math.min(settings.probeTerms(), order.length)];
            int m = 0;
            for (int k = 0; k < order.length && m < p.length; k++) {
                int id = v.id(order[k]);
                if (df[id] >= 2 && df[id] <= maxDf) {
                    p[m++] = id;
                }
            }
            probes[i] = Arrays.copyOf(p, m);
            for (int id : probes[i]) {
                postings.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        List<Edge> edges = new ArrayList<>();
        int[] hits = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int t = 0;
            for (int id : probes[i]) {
                for (int j : postings.get(id)) {
                    if (j > i && articles.get(j).language().equals(articles.get(i).language())) {
                        if (hits[j]++ == 0) {
                            touched[t++] = j;
                        }
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            for (int k = 0; k < t; k++) {
                int j = touched[k];
                if (hits[j] >= 2) {
                    double cos = full[i].dot(full[j]);
                    double nameCos = names[i].dot(names[j]);
                    if (cos >= settings.linkCosine() && nameCos >= settings.linkNames()) {
                        edges.add(new Edge(i, j, cos + nameCos));
                    }
                }
                hits[j] = 0;
            }
        }
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.score()).thenComparingInt(Edge::a)
                .thenComparingInt(Edge::b));
        return edges;
    }

    private List<StoryArticles> merge(List<ArticleText> articles, TermVector[] full, TermVector[] names,
            List<Edge> edges) {
        int n = articles.size();
        int[] parent = new int[n];
        TermVector[] sumFull = full.clone();
        TermVector[] sumNames = names.clone();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Edge e : edges) {
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra == rb) {
                continue;
            }
            if (sumFull[ra].cosine(sumFull[rb]) >= settings.mergeCosine()
                    && sumNames[ra].cosine(sumNames[rb]) >= settings.mergeNames()) {
                int root = Math.min(ra, rb);
                int other = Math.max(ra, rb);
                parent[other] = root;
                sumFull[root] = sumFull[root].plus(sumFull[other]);
                sumNames[root] = sumNames[root].plus(sumNames[other]);
                sumFull[other] = null;
                sumNames[other] = null;
            }
        }
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<StoryArticles> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            out.add(withCopies(articles, members));
        }
        return out;
    }

    private StoryArticles withCopies(List<ArticleText> articles, List<Integer> members) {
        List<ArticleText> list = new ArrayList<>();
        for (int i : members) {
            list.add(articles.get(i));
        }
        List<Integer> sourceOf = new ArrayList<>();
        if (list.size() == 1) {
            return new StoryArticles(list, List.of(0));
        }
        long[][] shingles = new long[list.size()][];
        for (int i = 0; i < list.size(); i++) {
            shingles[i] = copies.shingles(list.get(i));
        }
        for (int i = 0; i < list.size(); i++) {
            int src = i;
            for (int j = 0; j < i; j++) {
                if (sourceOf.get(j) == j && copies.sameText(shingles[i], shingles[j])) {
                    src = j;
                    break;
                }
            }
            sourceOf.add(src);
        }
        return new StoryArticles(list, sourceOf);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
