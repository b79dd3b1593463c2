package io.newsdigest.summary;

import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.story.Partition;
import io.newsdigest.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Finds what two or more independent sources of a story state: sentences of different articles are aligned
 * when they share enough rare terms, names and numbers; aligned sentences group (one sentence per article,
 * every member close to the group on average) into facts. A fact is reported with its most central, clearest
 * sentence as text and each supporting article quoted; near-copies of an article add evidence but not
 * support. Facts rank by independent sources, then by how closely their sentences agree and how central they
 * are to the story; a fact that mostly repeats a better one is dropped (maximal marginal relevance), and one whose
 * sources turn out to contradict each other leaves its place to the next.
 *
 * <p>A fact that only two sentences state rests on their one pair, where a chance match of a few of the story's
 * words (two reports that both name the same officials, one of their toll and one of their warning) weighs most: that
 * pair must be closer than the alignment that starts a group. A third source is evidence of its own.
 */
final class FactFinder {

    /**
     * Tunable thresholds; {@link #DEFAULTS} are the product's. {@code align}: the similarity at which two sentences
     * start or join a group; {@code pair}: the similarity a fact resting on two sentences alone needs;
     * {@code lead}: how much stating a fact in the reports' leads adds to a group's score (see {@link Group}).
     */
    record Settings(double align, double pair, int minShared, double group, double redundancy, double lead,
            int max) {
    }

    /**
     * How much a fact that states the toll, or the day of the event, weighs beside its support and lead: what
     * happened, when, and what it cost are what a reader needs first, and weigh alike.
     */
    private static final double ESSENTIAL = 0.5;
    private static final TermAnalyzer WORDS = new TermAnalyzer();
    /** The anchors of counts of the dead and injured. */
    private static final Set<String> CASUALTIES = Set.of("person/" + WORDS.key("killed", false),
            "person/" + WORDS.key("injured", false));

    /** Sentences that make an article's lead, where a report says what happened, where, when and the toll. */
    private static final int LEAD = 4;

    /** Members of each group compared when deciding whether two groups merge. */
    private static final int SAMPLE = 8;

    static final Settings DEFAULTS = new Settings(0.20, 0.25, 3, 0.18, 0.35, 0.05, 12);

    private final Settings settings;

    FactFinder(Settings settings) {
        this.settings = settings;
    }

    /**
     * A group of aligned statements, at most one per article. Its score: how closely its sentences agree and how
     * central they are to the story, and a little for stating it in the reports' leads, which among facts as
     * widely stated and as closely worded is what a report puts first.
     */
    record Group(List<Statement> members, Statement text, long sources, double score) {
    }

    /** All groups of aligned statements with two or more independent sources, best first, not yet capped. */
    List<Group> groups(StoryReading reading) {
        List<Statement> all = reading.statements();
        Statement[] originals = originals(all);
        List<Statement> copies = new ArrayList<>();
        for (Statement s : all) {
            if (originals[s.id()] != s) {
                copies.add(s);
            }
        }
        int n = all.size();
        Partition partition = new Partition(n);
        List<List<Statement>> members = new ArrayList<>();
        List<Set<Integer>> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(all.get(i))));
            articles.add(new HashSet<>(List.of(all.get(i).member())));
        }
        Boolean[] prose = new Boolean[n];
        for (StoryReading.Pair p : reading.pairs()) {
            if (p.similarity() < settings.align()) {
                break;
            }
            Statement a = all.get(p.a());
            Statement b = all.get(p.b());
            // the cheapest tests first: most pairs of a big story are copies, or already in one group
            if (originals[a.id()] != a || originals[b.id()] != b) {
                continue;
            }
            int ra = partition.root(a.id());
            int rb = partition.root(b.id());
            if (ra == rb) {
                continue;
            }
            if (prose[a.id()] == null) {
                prose[a.id()] = StatementShape.isProse(a);
            }
            if (prose[b.id()] == null) {
                prose[b.id()] = StatementShape.isProse(b);
            }
            if (!prose[a.id()] || !prose[b.id()] || reading.overlap(a, b).content() < settings.minShared()
                    || !canJoin(reading, members.get(ra), members.get(rb), articles.get(ra), articles.get(rb))) {
                continue;
            }
            int root = partition.join(ra, rb);
            int other = root == ra ? rb : ra;
            members.get(root).addAll(members.get(other));
            members.get(other).clear();
            articles.get(root).addAll(articles.get(other));
            articles.get(other).clear();
        }
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Statement> g = members.get(i);
            if (partition.root(i) != i || g.size() < 2) {
                continue;
            }
            long sources = g.stream().map(Statement::source).distinct().count();
            if (sources < 2 || g.size() == 2 && reading.similarity(g.get(0), g.get(1)) < settings.pair()) {
                continue;
            }
            List<Statement> withCopies = addCopies(g, copies, originals);
            Statement text = clearest(reading, g);
            double centrality = 0;
            for (Statement s : g) {
                centrality += reading.centrality(s);
            }
            double agreement = 0;
            int pairs = 0;
            List<Statement> sample = g.subList(0, Math.min(g.size(), 2 * SAMPLE));
            for (Statement a : sample) {
                for (Statement b : sample) {
                    if (a.id() < b.id()) {
                        agreement += reading.similarity(a, b);
                        pairs++;
                    }
                }
            }
            double score = 0.5 * centrality / g.size() + agreement / pairs + settings.lead() * leadShare(g);
            out.add(new Group(withCopies, text, sources, score));
        }
        out.sort(Comparator.comparingLong((Group g) -> -g.sources()).thenComparingDouble(g -> -g.score())
                .thenComparingInt(g -> g.text().id()));
        return out;
    }

    /**
     * The shared facts to report: the best groups, redundant ones dropped, at most {@code max}, most important
     * first. A group {@code toldElsewhere} (the disagreements show it) keeps its place among them but is not
     * reported again here; the others pass through {@code check}, which may withdraw support from some of a fact's
     * sentences or reject the fact with null: a rejected group leaves its place to the next one.
     */
    List<SharedFact> facts(StoryReading reading, List<Group> groups, Predicate<SharedFact> toldElsewhere,
            UnaryOperator<SharedFact> check) {
        List<Group> chosen = new ArrayList<>();
        Map<Group, SharedFact> checked = new HashMap<>();
        for (Group g : groups) {
            if (chosen.size() >= settings.max()) {
                break;
            }
            boolean redundant = false;
            for (Group c : chosen) {
                redundant |= redundant(reading, c, g);
            }
            if (redundant) {
                continue;
            }
            SharedFact fact = toFact(g);
            if (toldElsewhere.test(fact)) {
                chosen.add(g);
                continue;
            }
            fact = check.apply(fact);
            if (fact != null) {
                chosen.add(g);
                checked.put(g, fact);
            }
        }
        chosen.sort(Comparator.comparingDouble((Group g) -> -importance(reading, g))
                .thenComparingInt(g -> g.text().id()));
        List<SharedFact> out = new ArrayList<>();
        for (Group g : chosen) {
            if (checked.containsKey(g)) {
                out.add(checked.get(g));
            }
        }
        return out;
    }

    /**
     * How much a reader needs a fact first: what happened, where and when, and the toll come in the lead of the
     * reports, stated by most of the story's sources, and close to the rest of the story. The share of sources,
     * how early they state it (a sentence in the first {@link #LEAD} of its article counts, the earlier the more)
     * the group's score (centrality and agreement), and whether it gives the toll or the day, together.
     */
    private static double importance(StoryReading reading, Group g) {
        double support = (double) g.sources() / Math.max(2, reading.story().independentSources());
        return support + leadShare(g.members()) + 0.5 * g.score() + ESSENTIAL * (tollShare(g) + dayShare(g));
    }

    /**
     * How early the statements come in their articles, 0 to 1: a sentence in the first {@link #LEAD} of its
     * article counts, the earlier the more.
     */
    private static double leadShare(List<Statement> members) {
        double lead = 0;
        for (Statement s : members) {
            lead += Math.max(0, 1 - s.position() / (double) LEAD);
        }
        return lead / members.size();
    }

    /**
     * The share of a fact's sentences that date what happened (a date or a day of the week that is not when
     * something was said): when the event took place.
     */
    private static double dayShare(Group g) {
        return share(g, (s, q) -> (q.dimension() == Dimension.DATE || q.dimension() == Dimension.WEEKDAY)
                && !s.isTimeOfSaying(q));
    }

    /** The share of a fact's sentences that count the dead or injured: the toll, what a reader looks for first. */
    private static double tollShare(Group g) {
        return share(g, (s, q) -> q.dimension() == Dimension.COUNT && CASUALTIES.contains(q.anchor()));
    }

    /** The share of a fact's sentences holding a quantity that {@code test} accepts. */
    private static double share(Group g, BiPredicate<Statement, Quantity> test) {
        int n = 0;
        for (Statement s : g.members()) {
            if (s.quantities().stream().anyMatch(q -> test.test(s, q))) {
                n++;
            }
        }
        return (double) n / g.members().size();
    }

    /**
     * Whether {@code g} mostly repeats {@code chosen}: on average, each of its sentences is close to some sentence
     * of {@code chosen} from another article.
     */
    boolean redundant(StoryReading reading, Group chosen, Group g) {
        return overlap(reading, chosen, g) >= settings.redundancy();
    }

    static double overlap(StoryReading reading, Group chosen, Group g) {
        double sum = 0;
        List<Statement> members = g.members().subList(0, Math.min(g.members().size(), SAMPLE));
        for (Statement b : members) {
            double best = 0;
            for (Statement a : chosen.members().subList(0, Math.min(chosen.members().size(), 2 * SAMPLE))) {
                if (a.member() != b.member()) {
                    best = Math.max(best, reading.similarity(a, b));
                }
            }
            sum += best;
        }
        return sum / members.size();
    }

    static SharedFact toFact(Group g) {
        List<Statement> ordered = new ArrayList<>(g.members());
        ordered.sort(Comparator.comparingInt(Statement::member));
        List<String> keys = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Statement s : ordered) {
            keys.add(s.articleKey());
            evidence.add(new Evidence(s.articleKey(), s.text()));
        }
        return new SharedFact(g.text().text(), keys, evidence);
    }

    /**
     * Whether two groups may merge: no article in both, and close on average (measured over the first few
     * members of each, so that merging stays cheap in large stories).
     */
    private boolean canJoin(StoryReading reading, List<Statement> g1, List<Statement> g2, Set<Integer> articles1,
            Set<Integer> articles2) {
        Set<Integer> small = articles1.size() <= articles2.size() ? articles1 : articles2;
        Set<Integer> large = small == articles1 ? articles2 : articles1;
        for (int m : small) {
            if (large.contains(m)) {
                return false;
            }
        }
        double sum = 0;
        int n = 0;
        for (Statement a : g1.subList(0, Math.min(SAMPLE, g1.size()))) {
            for (Statement b : g2.subList(0, Math.min(SAMPLE, g2.size()))) {
                sum += reading.similarity(a, b);
                n++;
            }
        }
        return sum / n >= settings.group();
    }

    /**
     * The member closest to the rest of its group, preferring sentences of ordinary length that stand on their
     * own (no pronoun or connective pointing back at a sentence the reader does not see).
     */
    private static Statement clearest(StoryReading reading, List<Statement> g) {
        Statement best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Statement> sample = g.subList(0, Math.min(g.size(), 4 * SAMPLE));
        for (Statement s : sample) {
            double sum = 0;
            int n = 0;
            for (Statement o : sample) {
                if (o != s) {
                    sum += reading.similarity(s, o);
                    n++;
                }
            }
            double score = sum / Math.max(1, n) + 0.5 * reading.centrality(s);
            int words = s.words();
            if (words > 40) {
                score -= 0.01 * (words - 40);
            }
            if (StatementShape.isRunOn(s)) {
                score -= 1;
            }
            if (StatementShape.leansOnContext(s)) {
                score -= 0.5;
            }
            if (best == null || score > bestScore + 1e-12) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /** By statement id, the first statement with the same text from the same source (itself if none). */
    private static Statement[] originals(List<Statement> all) {
        Map<String, Statement> first = new HashMap<>();
        Statement[] out = new Statement[all.size()];
        for (Statement s : all) {
            String key = s.source() + "\u0000" + s.text().strip();
            Statement f = first.putIfAbsent(key, s);
            out[s.id()] = f == null ? s : f;
        }
        return out;
    }

    /** The group with the copies of its members added, one statement per article. */
    private static List<Statement> addCopies(List<Statement> g, List<Statement> copies, Statement[] originals) {
        if (copies.isEmpty()) {
            return g;
        }
        Set<Integer> ids = new HashSet<>();
        TreeSet<Integer> members = new TreeSet<>();
        for (Statement s : g) {
            ids.add(s.id());
            members.add(s.member());
        }
        List<Statement> out = new ArrayList<>(g);
        for (Statement s : copies) {
            if (ids.contains(originals[s.id()].id()) && members.add(s.member())) {
                out.add(s);
            }
        }
        return out;
    }
}
