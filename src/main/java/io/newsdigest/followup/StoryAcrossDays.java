package io.newsdigest.followup;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Evidence;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.StoryArticles;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One of today's stories beside what earlier digests reported of the same event, read as the engine reads a
 * story ({@link StoryReading}): today's sentences and each earlier story's sentences as statements in one vector
 * space, terms stemmed and weighted by how rare they are among them, quantities read. Answers whether a sentence
 * of today repeats one an earlier digest reported, in the same or other words.
 */
final class StoryAcrossDays {

    /** Similarity at which two sentences state the same fact whatever else they share. */
    private static final double SAME = 0.5;
    /** Similarity at which two sentences state the same fact when they also share enough content words. */
    private static final double CLOSE = 0.25;
    /** Content words (names counted at most as often as other words) two close sentences must share. */
    private static final int SHARED_CONTENT = 3;
    /** Earlier sentences compared exactly with each of today's: those sharing the most terms with it. */
    private static final int CANDIDATES = 40;
    /** Letters two keys must share at their start to count as words of one root. */
    private static final int ROOT = 4;
    /** Share of a sentence's term weight new to the event above which the sentence tells something new. */
    private static final double NEW_SHARE = 0.25;
    /** Words that count days of something that goes on: "the second day", "a third night". */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "next", "another");
    private static final Set<String> PERIODS = Set.of("day", "night", "week", "month");

    /** A sentence an earlier digest reported for the event: its statement, its story and day, its articles. */
    record Said(Statement statement, ReportedStory from, Set<String> articles) {
    }

    private final ReportedStory today;
    private final StoryReading reading;
    private final Map<String, Statement> todayByText = new HashMap<>();
    private final Map<String, Set<String>> todayArticles;
    private final List<String> read;
    private final List<Said> earlier = new ArrayList<>();
    private final List<ReportedStory> earlierStories;
    private final java.util.TreeSet<String> earlierKeys = new java.util.TreeSet<>();
    private final Map<String, Said> earlierByText = new HashMap<>();
    private final Map<Integer, Said> saidById = new HashMap<>();
    /** By statement id of today, once asked: the earlier sentences close enough to be compared with it. */
    private final Map<Integer, List<Said>> candidates = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code today} beside {@code before}, their sentences analysed through {@code analyses}. */
    StoryAcrossDays(ReportedStory today, List<ReportedStory> before, SentenceAnalyses analyses) {
        this(today, Map.of(), before, analyses);
    }

    /**
     * As the other constructor, today's story read with sentences of its articles its digest does not show
     * ({@code read}: each with the keys of the articles that state it), as {@link #read()} gives them back.
     */
    StoryAcrossDays(ReportedStory today, Map<String, Set<String>> read, List<ReportedStory> before,
            SentenceAnalyses analyses) {
        this.today = today;
        this.todayArticles = new java.util.LinkedHashMap<>(today.sentences());
        read.forEach((text, keys) -> todayArticles.merge(text, keys, (a, b) -> {
            Set<String> both = new java.util.LinkedHashSet<>(a);
            both.addAll(b);
            return both;
        }));
        this.read = List.copyOf(read.keySet());
        this.earlierStories = List.copyOf(before);
        List<ReportedStory> members = new ArrayList<>();
        List<Map<String, Set<String>>> sentences = new ArrayList<>();
        members.add(today);
        sentences.add(todayArticles);
        for (ReportedStory s : before) {
            members.add(s);
            sentences.add(s.sentences());
        }
        List<ArticleText> texts = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        Set<String> readBefore = new HashSet<>();
        for (int m = 0; m < members.size(); m++) {
            List<String> own = new ArrayList<>();
            for (String text : sentences.get(m).keySet()) {
                if (m == 0 || readBefore.add(text)) {
                    own.add(text); // a sentence several earlier digests reported is read once, on its latest day
                }
            }
            Article a = new Article(members.get(m).date() + "/" + members.get(m).story().id(), null, null, null, null,
                    null, null, "und", own, List.of());
            texts.add(ArticleText.read(m, a, analyses::sentence));
            sources.add(m);
        }
        this.reading = new StoryReading(new StoryArticles(texts, sources), analyses::quantities);
        for (Statement s : reading.statements()) {
            if (s.member() == 0) {
                todayByText.putIfAbsent(s.text(), s);
            } else {
                ReportedStory from = members.get(s.member());
                Said said = new Said(s, from, sentences.get(s.member()).getOrDefault(s.text(), Set.of()));
                earlier.add(said);
                earlierByText.putIfAbsent(s.text(), said);
                earlierKeys.addAll(s.keys());
            }
        }
        for (Said e : earlier) {
            saidById.put(e.statement().id(), e);
        }
    }

    ReportedStory today() {
        return today;
    }

    StoryReading reading() {
        return reading;
    }

    /** Today's statement of {@code text}, or null when it is not one of today's reported sentences. */
    Statement statement(String text) {
        return text == null ? null : todayByText.get(text);
    }

    /** Today's statements of a fact or side: its text, then its quotes, each once; unknown ones left out. */
    List<Statement> statements(String text, List<Evidence> evidence) {
        List<Statement> out = new ArrayList<>();
        add(out, statement(text));
        for (Evidence e : evidence) {
            add(out, statement(e.text()));
        }
        return out;
    }

    /** Today's statements of the sentences of its articles read besides its digest, in their order. */
    List<Statement> read() {
        List<Statement> out = new ArrayList<>();
        for (String text : read) {
            add(out, statement(text));
        }
        return out;
    }

    private static void add(List<Statement> out, Statement s) {
        if (s != null && !out.contains(s)) {
            out.add(s);
        }
    }

    /** The earlier stories of the event, latest day first. */
    List<ReportedStory> earlierStories() {
        return earlierStories;
    }

    /** The keys of today's articles that state {@code text}. */
    Set<String> articlesOf(String text) {
        return todayArticles.getOrDefault(text, Set.of());
    }

    /** The earlier sentence with exactly this text (as on the latest day that reported it), or null. */
    Said earlier(String text) {
        return text == null ? null : earlierByText.get(text);
    }

    /** Every sentence earlier digests reported for the event, latest day first, each text once. */
    List<Said> earlier() {
        return earlier;
    }

    /**
     * Whether an earlier digest reported what {@code s} states, in these or other words: one earlier sentence
     * states the same fact ({@link #repeats}), and little of what {@code s} says is missing from everything the
     * earlier digests reported of the event (a sentence that adds its own news to an old one is new), and none of
     * its figures moved since a close earlier sentence gave it.
     */
    boolean reportedBefore(Statement s) {
        if (unreported(s) > NEW_SHARE) {
            return false;
        }
        boolean repeated = false;
        for (Said e : closeTo(s)) {
            if (countMoved(s, e.statement())) {
                return false; // a figure that moved is news, however much else was said before
            }
            repeated |= repeats(s, e.statement());
        }
        return repeated;
    }

    /**
     * The earlier sentences close to today's {@code s} (similarity at least {@link #CLOSE}), closest first: among
     * those sharing two terms or more with it that not most sentences of the event use, the
     * {@link #CANDIDATES} sharing the most are compared.
     */
    List<Said> closeTo(Statement s) {
        return candidates.computeIfAbsent(s.id(), id -> findClose(s));
    }

    private List<Said> findClose(Statement s) {
        int common = Math.max(12, reading.statements().size() / 2);
        Map<Integer, int[]> shared = new HashMap<>();
        for (String k : s.keys()) {
            List<Statement> users = reading.using(k);
            if (users.size() > common) {
                continue;
            }
            for (Statement t : users) {
                if (t.member() != 0) {
                    shared.computeIfAbsent(t.id(), x -> new int[1])[0]++;
                }
            }
        }
        List<Integer> ids = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : shared.entrySet()) {
            if (e.getValue()[0] >= 2) {
                ids.add(e.getKey());
            }
        }
        ids.sort((x, y) -> shared.get(x)[0] != shared.get(y)[0] ? shared.get(y)[0] - shared.get(x)[0] : x - y);
        List<Said> close = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        for (int id : ids.subList(0, Math.min(CANDIDATES, ids.size()))) {
            Said e = saidById.get(id);
            double sim = reading.similarity(s, e.statement());
            if (sim >= CLOSE) {
                int at = 0;
                while (at < sims.size() && sims.get(at) >= sim) {
                    at++;
                }
                close.add(at, e);
                sims.add(at, sim);
            }
        }
        return close;
    }

    /**
     * Whether an earlier sentence of the event uses {@code key}, or a word of the same root: one of the two keys
     * begins with the other, four letters at least ("east" and "eastern", "evacuat" and "evacuation").
     */
    private boolean reportedKey(String key) {
        if (earlierKeys.contains(key)) {
            return true;
        }
        if (key.length() < ROOT || key.startsWith("#")) {
            return false;
        }
        String longer = earlierKeys.ceiling(key);
        if (longer != null && longer.startsWith(key)) {
            return true;
        }
        for (int n = ROOT; n < key.length(); n++) {
            if (earlierKeys.contains(key.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share of {@code s}'s term weight that no earlier sentence of the event uses (see {@link #reportedKey}).
     * The day a sentence names is left out: the passage of time is not news by itself ("stayed off work on
     * Wednesday, the second day of the strike" tells what was reported on Tuesday), what happened on that day is.
     */
    double unreported(Statement s) {
        Set<String> dating = datingKeys(s);
        double all = 0;
        double missing = 0;
        for (String k : s.keys()) {
            if (dating.contains(k)) {
                continue;
            }
            double w = reading.weight(k);
            all += w;
            if (!reportedKey(k)) {
                missing += w;
            }
        }
        return all == 0 ? 0 : missing / all;
    }

    /**
     * The keys that only date the sentence: the words of its times and dates, and of a count of days ("the
     * second day", "a third night").
     */
    private static Set<String> datingKeys(Statement s) {
        List<Token> tokens = s.sentence().tokens();
        boolean[] dating = new boolean[tokens.size()];
        for (Quantity q : s.quantities()) {
            if (q.dimension().isTemporal()) {
                for (int k = Math.max(0, q.firstToken()); k <= q.lastToken() && k < dating.length; k++) {
                    dating[k] = true;
                }
            }
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (ORDINALS.contains(tokens.get(k).norm()) && PERIODS.contains(tokens.get(k + 1).norm())) {
                dating[k] = true;
                dating[k + 1] = true;
            }
        }
        Set<String> out = new HashSet<>();
        for (Term t : s.sentence().terms()) {
            if (dating[t.token()]) {
                out.add(t.key());
            }
        }
        return out;
    }

    /**
     * Whether two sentences state the same fact: close in the story's vector space and not giving different
     * values for the same measured thing.
     */
    boolean repeats(Statement a, Statement b) {
        if (a.text().strip().equals(b.text().strip())) {
            return true;
        }
        double sim = reading.similarity(a, b);
        if (sim < CLOSE || differentValues(a, b) || differentValues(b, a)) {
            return false;
        }
        if (sim >= SAME) {
            return true;
        }
        return reading.overlap(a, b).content() >= SHARED_CONTENT;
    }

    /** Whether {@code a} gives a figure for something {@code b} also measures, and it moved ({@link Figures}). */
    static boolean differentValues(Statement a, Statement b) {
        return moved(a, b, q -> true);
    }

    /** Whether {@code a} gives a figure other than a time for something {@code b} also measures, and it moved. */
    private static boolean countMoved(Statement a, Statement b) {
        return moved(a, b, q -> !q.dimension().isTemporal());
    }

    private static boolean moved(Statement a, Statement b, Predicate<Quantity> which) {
        for (Quantity q : a.quantities()) {
            if (which.test(q) && Figures.moved(q, b.quantities())) {
                return true;
            }
        }
        return false;
    }
}
