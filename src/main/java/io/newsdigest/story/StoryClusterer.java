package io.newsdigest.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Groups a day's articles into stories.
 *
 * <p>Near-copies (a wire story run by several outlets, a re-upload with a line added) join the article they copy,
 * and count once when sentences are counted: sentences repeated word for word across many of the day's
 * independent articles are boilerplate and do not count.
 * <p>Each article becomes a TF-IDF vector over its content terms, the title and lead weighted up, names it uses
 * more than once (or in its lead) weighted up and kept in a vector of their own; words of the calendar and of
 * counting do not count. Candidate pairs come from
 * an inverted index over each article's most telling terms (common terms are not indexed), so the work grows
 * with the number of related pairs, not with the square of the day. A pair links when its vectors are close
 * and it shares names; linked pairs merge, strongest first, while the two groups stay close on average (average
 * link over their first members) both over all terms and over names. So two earthquakes on one day, sharing the theme but not the places, stay
 * apart. Articles in different languages never share a story. Deterministic: the result depends only on the
 * input order of the articles.
 */
public final class StoryClusterer {

    /** Tunable thresholds; {@link #DEFAULTS} are the product's. */
    public record Settings(double linkCosine, double linkNames, double mergeCosine, double mergeNames,
            int probeTerms, double nameBoost) {
    }

    public static final Settings DEFAULTS = new Settings(0.20, 0.20, 0.17, 0.17, 25, 2.0);

    /** A sentence in at least this many articles, and this share of the day's, is boilerplate. */
    private static final int BOILERPLATE_MIN_ARTICLES = 5;
    private static final double BOILERPLATE_SHARE = 0.02;
    /** Near-copies as a story's articles are told apart ({@link StoryArticles}). */
    private static final NearDuplicates COPIES = new NearDuplicates(0.6);
    /** A run of words held by more independent articles than this is a stock phrase, not a sign of copying. */
    private static final int MAX_SHINGLE_HOLDERS = 64;

    /**
     * How rare a word is cannot be told from a handful of articles: a day of fewer uploads is weighed as if it had
     * this many, so that the words its few articles share (their event's) are not discounted as common ones.
     */
    private static final int MIN_DAY = 50;
    /** The title and the first sentences (the lead) say what the story is; their terms count this much more. */
    private static final double LEAD_WEIGHT = 2.0;
    private static final int LEAD_SENTENCES = 3;
    /** A name counts as one of the article's names when it is used this much (a lead mention counts double). */
    private static final double SALIENT = 2.0;

    /** Members of each group compared when deciding whether two groups merge. */
    private static final int SAMPLE = 6;
    /** Candidates per article compared exactly (those sharing the most indexed terms first). */
    private static final int MAX_CANDIDATES = 60;
    /** Two groups whose centres are this close (over all terms, over names) are one story. */
    private static final double MERGE_CENTRE_FULL = 0.30;
    private static final double MERGE_CENTRE_NAMES = 0.25;
    /** Pairs at least this close are kept as near pairs, along which small groups may join a larger story. */
    private static final double NEAR = 0.12;
    /** A group of at most this many articles is small. */
    private static final int SMALL = 2;
    /** How close a small group's centre must be to a larger story's (over all terms, over names) to join it. */
    private static final double ATTACH_FULL = 0.16;
    private static final double ATTACH_NAMES = 0.12;
    /** Links kept per article: its strongest. */
    private static final int NEIGHBOURS = 12;

    private final Settings settings;

    public StoryClusterer() {
        this(DEFAULTS);
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
    }

    /** The stories of the day, each listing its articles in input order; stories in order of first article. */
    public List<StoryArticles> cluster(List<ArticleText> articles) {
        List<ArticleTerms> terms = new ArrayList<>();
        for (ArticleText a : articles) {
            terms.add(ArticleTerms.of(a));
        }
        List<StoryArticles> out = new ArrayList<>();
        for (List<Integer> story : group(terms)) {
            List<ArticleText> members = new ArrayList<>();
            for (int i : story) {
                members.add(articles.get(i));
            }
            out.add(StoryArticles.of(members));
        }
        return out;
    }

    /**
     * The stories of the day as positions in {@code articles}, each in ascending order; stories in order of
     * first article.
     */
    public List<List<Integer>> group(List<ArticleTerms> articles) {
        int n = articles.size();
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> termIds = new ArrayList<>();
        List<double[]> termCounts = new ArrayList<>();
        List<boolean[]> termNames = new ArrayList<>();
        int[] df = new int[16];
        int[] copyOf = nearCopies(articles);
        Set<String> boilerplate = boilerplate(articles, copyOf);
        for (ArticleTerms a : articles) {
            TreeMap<Integer, double[]> counts = new TreeMap<>();
            if (a.title() != null && !boilerplate.contains(a.title().text())) {
                addTerms(a.title(), LEAD_WEIGHT, vocabulary, counts);
            }
            int position = 0;
            for (ArticleTerms.Line s : a.sentences()) {
                if (!boilerplate.contains(s.text())) {
                    addTerms(s, position++ < LEAD_SENTENCES ? LEAD_WEIGHT : 1.0, vocabulary, counts);
                }
            }
            int[] ids = new int[counts.size()];
            double[] tf = new double[ids.length];
            boolean[] nm = new boolean[ids.length];
            int k = 0;
            for (Map.Entry<Integer, double[]> e : counts.entrySet()) {
                ids[k] = e.getKey();
                tf[k] = e.getValue()[0];
                nm[k] = e.getValue()[1] > e.getValue()[0] / 2 && e.getValue()[1] >= SALIENT;
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
                double idf = Math.log(1.0 + (double) Math.max(n, MIN_DAY) / df[ids[k]]);
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
        return merge(articles, full, names, edges, copyOf);
    }

    /**
     * For each article, the first earlier article of the day it is a near-copy of (a wire story run by another
     * outlet, a re-upload with a line added), or its own position ({@link NearDuplicates}).
     */
    static int[] nearCopies(List<ArticleTerms> articles) {
        List<long[]> shingles = articles.parallelStream().map(COPIES::shingles).toList();
        return COPIES.sources(shingles, MAX_SHINGLE_HOLDERS);
    }

    /**
     * Sentences written word for word in so many of the day's articles that they tell nothing about which story
     * an article belongs to: stock phrases, sign-offs, boilerplate the parser kept. An article and its near-copies
     * count as one: what copies repeat is their story, not boilerplate.
     */
    static Set<String> boilerplate(List<ArticleTerms> articles, int[] copyOf) {
        int min = Math.max(BOILERPLATE_MIN_ARTICLES, (int) Math.ceil(BOILERPLATE_SHARE * articles.size()));
        Integer[] byOriginal = new Integer[articles.size()];
        for (int i = 0; i < byOriginal.length; i++) {
            byOriginal[i] = i;
        }
        Arrays.sort(byOriginal, Comparator.comparingInt((Integer i) -> copyOf[i]).thenComparingInt(i -> i));
        Map<String, Integer> count = new HashMap<>();
        Set<String> mine = new HashSet<>();
        int family = -1;
        for (int i : byOriginal) {
            if (copyOf[i] != family) {
                mine.clear();
                family = copyOf[i];
            }
            ArticleTerms a = articles.get(i);
            if (a.title() != null && mine.add(a.title().text())) {
                count.merge(a.title().text(), 1, Integer::sum);
            }
            for (ArticleTerms.Line s : a.sentences()) {
                if (mine.add(s.text())) {
                    count.merge(s.text(), 1, Integer::sum);
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() >= min) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static void addTerms(ArticleTerms.Line s, double weight, Map<String, Integer> vocabulary,
            Map<Integer, double[]> counts) {
        for (int i = 0; i < s.size(); i++) {
            Integer id = vocabulary.computeIfAbsent(s.key(i), k -> vocabulary.size());
            double[] c = counts.computeIfAbsent(id, k -> new double[2]);
            c[0] += weight;
            if (s.isName(i)) {
                c[1] += weight;
            }
        }
    }

    /** Stories being formed: a partition of the day's articles with each group's centre, over terms and names. */
    private static final class Groups {
        private final Partition partition;
        private final TermVector[] full;
        private final TermVector[] names;

        Groups(TermVector[] full, TermVector[] names) {
            this.partition = new Partition(full.length);
            this.full = full.clone();
            this.names = names.clone();
        }

        int root(int i) {
            return partition.root(i);
        }

        List<Integer> members(int root) {
            return partition.members(root);
        }

        TermVector centreFull(int root) {
            return full[root];
        }

        TermVector centreNames(int root) {
            return names[root];
        }

        boolean centresClose(int a, int b, double minFull, double minNames) {
            return full[a].cosine(full[b]) >= minFull && names[a].cosine(names[b]) >= minNames;
        }

        /** Joins two groups by their roots; returns the root kept. */
        int join(int a, int b) {
            int root = partition.join(a, b);
            int other = root == a ? b : a;
            full[root] = full[root].plus(full[other]);
            names[root] = names[root].plus(names[other]);
            return root;
        }

        int size() {
            return full.length;
        }

        List<List<Integer>> all() {
            return partition.groups();
        }
    }

    /** A pair of articles compared exactly: linked when close enough to be one story, near otherwise. */
    private record Edge(int a, int b, double score, boolean linked) {
    }

    private List<Edge> candidateEdges(List<ArticleTerms> articles, TermVector[] full, TermVector[] names, int[] df) {
        int n = articles.size();
        int maxDf = (int) Math.max(MIN_DAY, Math.min(n / 2.0, 3 * Math.sqrt(n)));
        int[][] probes = IntStream.range(0, n).parallel().mapToObj(i -> probes(full[i], df, maxDf))
                .toArray(int[][]::new);
        // by term: the articles probing with it, ascending (none for a term no article probes with)
        int[][] postings = new int[df.length][];
        int[] filled = new int[df.length];
        for (int[] p : probes) {
            for (int id : p) {
                filled[id]++;
            }
        }
        for (int id = 0; id < df.length; id++) {
            if (filled[id] > 0) {
                postings[id] = new int[filled[id]];
                filled[id] = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int id : probes[i]) {
                postings[id][filled[id]++] = i;
            }
        }
        // languages by number, so that comparing two articles' is comparing two ints
        Map<String, Integer> languageIds = new HashMap<>();
        int[] language = new int[n];
        for (int i = 0; i < n; i++) {
            language[i] = languageIds.computeIfAbsent(articles.get(i).language(), k -> languageIds.size());
        }
        ThreadLocal<SharedCounts> counts = ThreadLocal.withInitial(() -> new SharedCounts(n));
        List<List<Edge>> found = IntStream.range(0, n).parallel()
                .mapToObj(i -> links(i, language, probes, postings, full, names, counts.get())).toList();
        List<List<Edge>> best = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            best.add(new ArrayList<>());
        }
        for (List<Edge> links : found) {
            for (Edge e : links) {
                best.get(e.a()).add(e);
                best.get(e.b()).add(e);
            }
        }
        java.util.Set<Edge> kept = new java.util.HashSet<>();
        for (List<Edge> mine : best) {
            mine.sort(Comparator.comparingDouble((Edge e) -> -e.score()).thenComparingInt(Edge::a)
                    .thenComparingInt(Edge::b));
            kept.addAll(mine.subList(0, Math.min(NEIGHBOURS, mine.size())));
        }
        List<Edge> edges = new ArrayList<>(kept);
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.score()).thenComparingInt(Edge::a)
                .thenComparingInt(Edge::b));
        return edges;
    }

    /** An article's most telling indexed terms: its heaviest terms used by 2 to {@code maxDf} articles. */
    private int[] probes(TermVector v, int[] df, int maxDf) {
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
        return Arrays.copyOf(p, m);
    }

    /**
     * The links of article {@code i} to later articles of its language: among those sharing two probe terms or
     * more, the {@link #MAX_CANDIDATES} sharing the most are compared exactly.
     */
    private List<Edge> links(int i, int[] language, int[][] probes, int[][] postings, TermVector[] full,
            TermVector[] names, SharedCounts counts) {
        for (int id : probes[i]) {
            int[] post = postings[id];
            for (int x = Arrays.binarySearch(post, i) + 1; x < post.length; x++) { // i probes with it too
                int j = post[x];
                if (language[j] == language[i]) {
                    counts.hit(j);
                }
            }
        }
        int candidates = counts.rank(2); // sharing two probe terms or more
        List<Edge> out = new ArrayList<>();
        for (int k = 0; k < candidates && k < MAX_CANDIDATES; k++) {
            int j = counts.candidate(k);
            double cos = full[i].dot(full[j]);
            double nameCos = names[i].dot(names[j]);
            if (cos >= settings.linkCosine() && nameCos >= settings.linkNames()) {
                out.add(new Edge(i, j, cos + nameCos, true));
            } else if (cos >= NEAR) {
                out.add(new Edge(i, j, cos + nameCos, false));
            }
        }
        counts.clear();
        return out;
    }

    private List<List<Integer>> merge(List<ArticleTerms> articles, TermVector[] full, TermVector[] names,
            List<Edge> edges, int[] copyOf) {
        Groups groups = new Groups(full, names);
        for (int i = 0; i < copyOf.length; i++) {
            int original = copyOf[i];
            if (original != i && articles.get(i).language().equals(articles.get(original).language())
                    && groups.root(i) != groups.root(original)) {
                groups.join(groups.root(original), groups.root(i)); // a near-copy belongs with what it copies
            }
        }
        for (Edge e : edges) {
            int ra = groups.root(e.a());
            int rb = groups.root(e.b());
            if (e.linked() && ra != rb && (close(groups.members(ra), groups.members(rb), full, names)
                    || groups.centresClose(ra, rb, MERGE_CENTRE_FULL, MERGE_CENTRE_NAMES))) {
                groups.join(ra, rb);
            }
        }
        attachSmall(groups, edges);
        return groups.all();
    }

    /**
     * Lets each small group (an article or two that linked to nobody strongly enough: another angle, a later
     * update) join the larger story whose centre it is closest to, when it shares that story's terms and
     * names. Only stories it has a near pair with are tried; the closest first. The names are the event's
     * anchors: those the small group puts forward itself, or the larger story's names wherever the small group
     * uses them, since an article told from another angle ("the president signed a memo on air traffic
     * controllers") names the event's places and parties only in passing.
     */
    private void attachSmall(Groups groups, List<Edge> edges) {
        // Each round joins the best offer over all edges, as if every edge were looked at again; only the offers of
        // edges touching the two groups just joined can have changed, so only those are made again, and an offer
        // made before its groups last changed is dropped when it comes up.
        int n = groups.size();
        int[] version = new int[n];
        List<List<Integer>> touching = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            touching.add(new ArrayList<>());
        }
        for (int k = 0; k < edges.size(); k++) {
            touching.get(groups.root(edges.get(k).a())).add(k);
            touching.get(groups.root(edges.get(k).b())).add(k);
        }
        PriorityQueue<Offer> offers = new PriorityQueue<>(Comparator.comparingDouble((Offer o) -> -o.score())
                .thenComparingInt(Offer::small).thenComparingInt(Offer::edge));
        for (int k = 0; k < edges.size(); k++) {
            offer(groups, edges.get(k), k, version, offers);
        }
        while (!offers.isEmpty()) {
            Offer best = offers.poll();
            if (groups.root(best.small()) != best.small() || groups.root(best.large()) != best.large()
                    || version[best.small()] != best.smallVersion() || version[best.large()] != best.largeVersion()) {
                continue; // its groups have changed since: the edge was offered again then
            }
            int root = groups.join(best.small(), best.large());
            int other = root == best.small() ? best.large() : best.small();
            version[root]++;
            touching.get(root).addAll(touching.get(other));
            touching.set(other, List.of());
            List<Integer> mine = touching.get(root);
            int kept = 0;
            for (int k : mine) {
                Edge e = edges.get(k);
                if (groups.root(e.a()) != groups.root(e.b())) {
                    mine.set(kept++, k); // an edge inside the group never offers again
                    offer(groups, e, k, version, offers);
                }
            }
            mine.subList(kept, mine.size()).clear();
        }
    }

    /** A small group's offer to join a larger one along an edge, with the versions of both it was made at. */
    private record Offer(int small, int large, double score, int edge, int smallVersion, int largeVersion) {
    }

    /** Adds to {@code offers} what edge {@code k} offers now, each way round, if anything. */
    private static void offer(Groups groups, Edge e, int k, int[] version, PriorityQueue<Offer> offers) {
        int ra = groups.root(e.a());
        int rb = groups.root(e.b());
        if (ra == rb) {
            return;
        }
        for (int flip = 0; flip < 2; flip++) {
            int small = flip == 0 ? ra : rb;
            int large = flip == 0 ? rb : ra;
            if (groups.members(small).size() > SMALL
                    || groups.members(large).size() <= groups.members(small).size()) {
                continue;
            }
            double f = groups.centreFull(small).cosine(groups.centreFull(large));
            double nm = Math.max(groups.centreNames(small).cosine(groups.centreNames(large)),
                    groups.centreNames(large).cosine(groups.centreFull(small)));
            if (f >= ATTACH_FULL && nm >= ATTACH_NAMES) {
                offers.add(new Offer(small, large, f + nm, k, version[small], version[large]));
            }
        }
    }

    /**
     * Whether two groups are close enough to be one story: on average over their first members (so that a
     * group cannot drift by chaining), over all terms and over names.
     */
    private boolean close(List<Integer> a, List<Integer> b, TermVector[] full, TermVector[] names) {
        double sumFull = 0;
        double sumNames = 0;
        int pairs = 0;
        for (int i : a.subList(0, Math.min(SAMPLE, a.size()))) {
            for (int j : b.subList(0, Math.min(SAMPLE, b.size()))) {
                sumFull += full[i].dot(full[j]);
                sumNames += names[i].dot(names[j]);
                pairs++;
            }
        }
        return sumFull / pairs >= settings.mergeCosine() && sumNames / pairs >= settings.mergeNames();
    }

}
