package io.newsdigest.followup;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.summary.Statement;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Figures that moved since an earlier digest: a count of something that happened ("killed", "missing",
 * "evacuated") or a measure ("1,200 hectares burned", "cost") that today's sentences give and an earlier digest
 * gave for the same thing (same dimension, unit family and anchor, and words around the number in common), with
 * another value ({@link Figures#moved}). Today's value is taken from its facts first (best first), then from claims of
 * one source, then from its articles' titles, then from the sentences of its articles read besides its digest
 * ({@link StoryAcrossDays#read()}), where an exact figure ("2,012") is preferred to a bound or an approximation of
 * the same thing ("more than 2,000"); the earlier value from the latest day that gave one, and only if none of that
 * day's values fits today's (of its figures as written, when it gave any besides vague words and wide ranges). One
 * change per thing measured, in the order today's story states them. Calendar figures (years, dates, times) and
 * ages are never compared: they name different moments or people, not one figure that moves.
 */
final class FigureChanges {

    /** Changes of the story, at most this many. */
    private static final int MAX = 5;
    /** How many times its lower bound a value's upper bound must be for the value to be a vague one. */
    private static final double WIDE = 2;
    /** Words this close to a number may say what it counts. */
    private static final int NEAR = 8;
    /** Words before a number that belong to the figure as written ("at least 40", "about 200"). */
    private static final Set<String> QUALIFIERS = Set.of("at", "least", "most", "more", "less", "fewer", "than",
            "about", "around", "nearly", "almost", "over", "under", "some", "roughly", "approximately", "estimated",
            "just");

    /** A word just before a figure that makes it a part of another ("including 12"). */
    private static final Set<String> PART_BEFORE = Set.of("including", "among");
    /** Words after "of" just after a figure that make it a part of another ("12 of them"). */
    private static final Set<String> PART_OF = Set.of("them", "whom", "those", "which");

    private record Mention(Statement statement, Quantity quantity) {
    }

    List<Change> find(StoryAcrossDays story) {
        Map<String, Mention> todays = new LinkedHashMap<>();
        for (Statement s : todaysStatements(story)) {
            for (Quantity q : s.quantities()) {
                if (followed(s, q)) {
                    todays.putIfAbsent(thing(q), new Mention(s, q));
                }
            }
        }
        Map<String, Mention> fromArticles = new LinkedHashMap<>();
        for (Statement s : story.read()) {
            for (Quantity q : s.quantities()) {
                Mention m = fromArticles.get(thing(q));
                boolean better = m == null || !m.quantity().exact() && q.exact();
                if (followed(s, q) && !todays.containsKey(thing(q)) && better) {
                    fromArticles.put(thing(q), new Mention(s, q));
                }
            }
        }
        todays.putAll(fromArticles);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Mention> e : todays.entrySet()) {
            Change c = change(story, e.getValue());
            if (c != null && out.size() < MAX) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Statement> todaysStatements(StoryAcrossDays story) {
        List<Statement> out = new ArrayList<>();
        for (SharedFact f : story.today().story().sharedFacts()) {
            out.addAll(story.statements(f.text(), f.evidence()));
        }
        for (UniqueClaim c : story.today().story().uniqueClaims()) {
            out.addAll(story.statements(c.text(), List.of()));
        }
        for (ArticleRef a : story.today().story().articles()) {
            out.addAll(story.statements(a.title(), List.of()));
        }
        return out;
    }

    /** The change of today's {@code now}, or null when no earlier day gave another value for the same thing. */
    private static Change change(StoryAcrossDays story, Mention now) {
        String latest = null;
        List<StoryAcrossDays.Said> said = new ArrayList<>();
        List<Quantity> values = new ArrayList<>();
        for (StoryAcrossDays.Said e : story.earlier()) {
            for (Quantity q : e.statement().quantities()) {
                if (q.comparableWith(now.quantity()) && q.anchor().equals(now.quantity().anchor())
                        && !part(e.statement(), q)
                        && sameThing(story, now, new Mention(e.statement(), q))) {
                    String date = e.from().date();
                    if (latest == null || date.compareTo(latest) > 0) {
                        latest = date;
                        said.clear();
                        values.clear();
                    }
                    if (date.equals(latest)) {
                        said.add(e);
                        values.add(q);
                    }
                }
            }
        }
        if (latest == null || !Figures.moved(now.quantity(), comparable(values))) {
            return null;
        }
        int pick = closest(values, now.quantity());
        StoryAcrossDays.Said before = said.get(pick);
        Quantity was = values.get(pick);
        String text = now.statement().text();
        return new Change(topic(now, new Mention(before.statement(), was)),
                new Change.Before(written(before.statement(), was), before.from().date(),
                        before.from().outlets(before.articles()), before.statement().text()),
                new Change.Now(written(now.statement(), now.quantity()),
                        story.today().outlets(story.articlesOf(text)), text));
    }

    /**
     * Which of the values the latest earlier day gave to show as the one that moved: a figure as written ("2,012",
     * "more than 5,300") before a range or a vague word ("thousands", "about 300"), and of those the nearest to
     * today's, the count the sources had reached; the first of equals.
     */
    static int closest(List<Quantity> values, Quantity now) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            Quantity q = values.get(i);
            Quantity b = values.get(best);
            if (vague(q) != vague(b) ? vague(b) : gap(q, now) < gap(b, now)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The values of a day to tell whether today's moved: its figures as written ("more than 1,450", "about
     * 200"), and its vague words and wide ranges ({@link #wide}) only when it gave nothing else: "thousands fled"
     * fits "almost 2,000" as it fits 9,000, so beside "more than 1,450" it says nothing of whether the count moved.
     */
    private static List<Quantity> comparable(List<Quantity> values) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : values) {
            if (!wide(q)) {
                out.add(q);
            }
        }
        return out.isEmpty() ? values : out;
    }

    /** Whether a value allows figures twice as large as others: "thousands", "dozens", "100 to 300". */
    private static boolean wide(Quantity q) {
        return !Double.isInfinite(q.low()) && !Double.isInfinite(q.high()) && q.low() > 0
                && q.high() >= WIDE * q.low();
    }

    /** Whether a value is a range or an approximation rather than one figure or one bound. */
    private static boolean vague(Quantity q) {
        return !q.exact() && !Double.isInfinite(q.low()) && !Double.isInfinite(q.high());
    }

    private static double gap(Quantity q, Quantity now) {
        return Math.abs(Figures.written(q) - Figures.written(now));
    }


    /**
     * Figures worth following: counts of what happened or of a named thing, and measures (an area burned, a sum, a
     * distance), but not a part of another figure ({@link #part}); whether two of them are about the same thing is
     * then for {@link #sameThing} to say.
     */
    private static boolean followed(Statement s, Quantity q) {
        if (q.dimension().isTemporal() || q.dimension() == Dimension.AGE || part(s, q)) {
            return false;
        }
        return q.dimension() != Dimension.COUNT || !q.anchor().equals("/") && !q.anchor().isEmpty();
    }

    /**
     * Whether the figure counts a part of another one in its sentence, not the whole: "including 205 in a
     * critical condition", "among them 12 children", "1,404 of them critically".
     */
    static boolean part(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        int before = q.firstToken() - 1;
        if (before > 0 && before < tokens.size() && PART_OF.contains(tokens.get(before).norm())) {
            before--; // "among them 12"
        }
        if (before >= 0 && before < tokens.size() && PART_BEFORE.contains(tokens.get(before).norm())) {
            return true;
        }
        int after = q.lastToken() + 1;
        return after + 1 < tokens.size() && tokens.get(after).norm().equals("of")
                && PART_OF.contains(tokens.get(after + 1).norm());
    }

    private static String thing(Quantity q) {
        return q.dimension() + ":" + q.unit() + ":" + q.anchor();
    }

    /**
     * Whether two mentions are about the same thing: for a count of what happened, the event word is the anchor
     * and one more word in common around the number will do; otherwise two, or one in closely similar sentences.
     * The story's names do not count (every sentence of the story shares them).
     */
    private static boolean sameThing(StoryAcrossDays story, Mention a, Mention b) {
        int overlap = 0;
        for (String k : a.quantity().context()) {
            if (b.quantity().context().contains(k) && !a.statement().names().contains(k)
                    && !b.statement().names().contains(k)) {
                overlap++;
            }
        }
        double sim = story.reading().similarity(a.statement(), b.statement());
        boolean eventCount = a.quantity().dimension() == Dimension.COUNT && !a.quantity().anchor().endsWith("/");
        if (eventCount) {
            return overlap >= 1 || sim >= 0.2;
        }
        return overlap >= 2 || overlap >= 1 && sim >= 0.25;
    }

    /**
     * The figure as the sentence writes it, qualifier included ("at least 40", "$2.1 million"); "at" only as part
     * of "at least" or "at most" ("put the toll at 296" gives "296").
     */
    private static String written(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        int from = Math.max(0, Math.min(q.firstToken(), tokens.size() - 1));
        int to = Math.max(from, Math.min(q.lastToken(), tokens.size() - 1));
        while (from > 0 && q.firstToken() - from < 3 && QUALIFIERS.contains(tokens.get(from - 1).norm())
                && (!tokens.get(from - 1).norm().equals("at") || from < q.firstToken())) {
            from--;
        }
        if (from > 1 && tokens.get(from - 1).norm().equals("to") && tokens.get(from - 2).norm().equals("up")) {
            from -= 2;
        }
        String figure = s.text().substring(tokens.get(from).start(), tokens.get(to).end());
        return from < q.firstToken() ? figure.substring(0, 1).toLowerCase(Locale.ROOT) + figure.substring(1) : figure;
    }

    /**
     * What the figure counts, in the words of today's sentence: the two words nearest today's number that name its
     * anchor (the event and the thing counted: "death toll", "missing"), else the nearest word the earlier mention
     * has around its own number too ("burned"); names and function words aside. When today's sentence has none
     * ("2,000 people had left"), the words of the earlier sentence that name the anchor ("evacuated").
     */
    private static String topic(Mention now, Mention was) {
        String t = words(now, was.quantity().context());
        if (t.isEmpty()) {
            t = words(was, java.util.Set.of());
        }
        if (t.isEmpty()) {
            t = now.quantity().dimension().name().toLowerCase(Locale.ROOT);
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * The words of {@code m}'s sentence near its number that name its anchor, two at most; else the nearest one of
     * {@code context} that is no name; empty when there are none.
     */
    private static String words(Mention m, Set<String> context) {
        List<Token> tokens = m.statement().sentence().tokens();
        Quantity q = m.quantity();
        List<Integer> shared = new ArrayList<>();
        List<Integer> anchor = new ArrayList<>();
        List<String> parts = List.of(q.anchor().split("/", -1));
        for (Term t : m.statement().sentence().terms()) {
            int k = t.token();
            Token token = tokens.get(k);
            if (k >= q.firstToken() && k <= q.lastToken() || distance(k, q) > NEAR
                    || Stopwords.isStopword(token.norm()) || token.norm().length() < 3) {
                continue;
            }
            if (parts.contains(t.key())) {
                anchor.add(k);
            } else if (context.contains(t.key()) && !m.statement().names().contains(t.key())) {
                shared.add(k);
            }
        }
        List<Integer> words = new ArrayList<>(anchor.isEmpty() ? shared : anchor);
        words.sort(java.util.Comparator.comparingInt((Integer k) -> distance(k, q)).thenComparingInt(k -> k));
        words = new ArrayList<>(words.subList(0, Math.min(anchor.isEmpty() ? 1 : 2, words.size())));
        words.sort(null);
        StringBuilder topic = new StringBuilder();
        for (int k : words) {
            topic.append(topic.length() == 0 ? "" : " ").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        return topic.toString();
    }

    private static int distance(int token, Quantity q) {
        return token < q.firstToken() ? q.firstToken() - token : Math.max(0, token - q.lastToken());
    }
}
