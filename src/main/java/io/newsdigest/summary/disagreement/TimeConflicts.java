package io.newsdigest.summary.disagreement;

import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * Different dates, days or times of day for the same event. Two mentions of different sources conflict when
 * they place the same thing in time in the same unit family (a time zone), their statements align (they state
 * the same fact, so their times refer to the same event) and their intervals do not meet: "on Sunday night" and
 * "on Monday" conflict when both say when the dams collapsed. A source that also states a time compatible with
 * the other side is not in conflict. Each dimension gives at most one conflict, seeded by its most similar pair
 * of conflicting statements. Times of day are headed apart from dates. Figures are {@link FigureConflicts}'.
 */
final class TimeConflicts implements ConflictDetector {

    /** Mentions compared per dimension and anchor; a story's most central statements are kept beyond it. */
    private static final int MAX_MENTIONS = 250;
    /** Conflicting pairs tried, most similar first, before giving up on a dimension and anchor. */
    private static final int MAX_SEEDS = 20;

    /** Statements this similar state the same fact, so their times refer to the same event. */
    private static final double ALIGNED = 0.35;

    /** Verbs of reporting: a time next to one is when something was said, not when it happened. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced",
            "announces", "reported", "reports", "stated", "states", "confirmed", "confirms", "added", "adds",
            "noted", "notes", "declared", "claimed", "claims", "denied", "denies", "insisted", "warned", "briefed",
            "updated", "tweeted", "posted", "wrote", "issued", "released", "published", "showed", "shows");

    private record Mention(Statement statement, Quantity quantity) {
    }

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        Map<String, List<Mention>> buckets = new TreeMap<>();
        for (Statement s : reading.statements()) {
            for (Quantity q : s.quantities()) {
                if (!q.dimension().isTemporal() || reportingTime(s, q)) {
                    continue;
                }
                String key = q.dimension() + ":" + q.unit() + (q.dimension() == Dimension.COUNT ? ":" + q.anchor() : "");
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(s, q));
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Mention> bucket : buckets.values()) {
            List<Mention> mentions = mostCentral(reading, bucket);
            Conflict c = strongest(reading, background, mentions);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The bucket's mentions from the story's most central statements, at most {@link #MAX_MENTIONS}. */
    private static List<Mention> mostCentral(StoryReading reading, List<Mention> bucket) {
        if (bucket.size() <= MAX_MENTIONS) {
            return bucket;
        }
        List<Mention> sorted = new ArrayList<>(bucket);
        sorted.sort(Comparator.comparingDouble((Mention m) -> -reading.centrality(m.statement()))
                .thenComparingInt(m -> m.statement().id()));
        List<Mention> kept = new ArrayList<>(sorted.subList(0, MAX_MENTIONS));
        kept.sort(Comparator.comparingInt((Mention m) -> m.statement().id()));
        return kept;
    }

    /** The conflict of one bucket seeded by its most similar pair of conflicting mentions, or null. */
    private Conflict strongest(StoryReading reading, Set<String> background, List<Mention> mentions) {
        record Seed(Mention a, Mention b, double similarity) {
        }
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention b = mentions.get(j);
                if (a.statement().source() != b.statement().source() && !a.quantity().compatibleWith(b.quantity())
                        && sameThing(reading, background, a, b)) {
                    seeds.add(new Seed(a, b, reading.similarity(a.statement(), b.statement())));
                }
            }
        }
        seeds.sort(Comparator.comparingDouble((Seed x) -> -x.similarity()));
        int tried = 0;
        for (Seed seed : seeds) {
            if (tried++ >= MAX_SEEDS) {
                break;
            }
            if (!hasCompatible(reading, background, mentions, seed.a(), seed.b())
                    && !hasCompatible(reading, background, mentions, seed.b(), seed.a())) {
                return build(reading, background, mentions, seed.a(), seed.b());
            }
        }
        return null;
    }

    /** Whether {@code a}'s source also states, about the same thing, a value compatible with {@code b}. */
    private boolean hasCompatible(StoryReading reading, Set<String> background, List<Mention> mentions, Mention a,
            Mention b) {
        for (Mention m : mentions) {
            if (m.statement().source() == a.statement().source() && m != a
                    && m.quantity().comparableWith(b.quantity()) && m.quantity().compatibleWith(b.quantity())
                    && sameThing(reading, background, m, b)) {
                return true;
            }
        }
        return false;
    }

    private Conflict build(StoryReading reading, Set<String> background, List<Mention> mentions, Mention a,
            Mention b) {
        List<Statement> sideA = new ArrayList<>(List.of(a.statement()));
        List<Statement> sideB = new ArrayList<>(List.of(b.statement()));
        Set<Integer> membersA = new TreeSet<>(List.of(a.statement().member()));
        Set<Integer> membersB = new TreeSet<>(List.of(b.statement().member()));
        for (Mention m : mentions) {
            if (m == a || m == b || !m.quantity().comparableWith(a.quantity())) {
                continue;
            }
            boolean withA = m.quantity().compatibleWith(a.quantity()) && sameThing(reading, background, m, a);
            boolean withB = m.quantity().compatibleWith(b.quantity()) && sameThing(reading, background, m, b);
            int member = m.statement().member();
            if (withA && !withB && !membersA.contains(member) && !membersB.contains(member)) {
                sideA.add(m.statement());
                membersA.add(member);
            } else if (withB && !withA && !membersB.contains(member) && !membersA.contains(member)) {
                sideB.add(m.statement());
                membersB.add(member);
            }
        }
        Dimension d = a.quantity().dimension();
        String kind = "date";
        double strength = 1.0 + 0.25 * (sideA.size() + sideB.size())
                + reading.similarity(a.statement(), b.statement())
                + (d == Dimension.COUNT && !a.quantity().anchor().endsWith("/") ? 0.5 : 0)
                + (a.quantity().exact() && b.quantity().exact() ? 0.25 : 0);
        String subject = d + ":" + a.quantity().unit() + ":" + a.quantity().anchor();
        return new Conflict(kind, subject, topic(a, b), List.of(sideA, sideB), strength);
    }

    private static boolean sameThing(StoryReading reading, Set<String> background, Mention a, Mention b) {
        Quantity qa = a.quantity();
        Quantity qb = b.quantity();
        if (qa.dimension() == Dimension.COUNT && !qa.anchor().equals(qb.anchor())) {
            return false;
        }
        int overlap = 0;
        for (String k : qa.context()) {
            if (qb.context().contains(k) && !background.contains(k) && !a.statement().names().contains(k)
                    && !b.statement().names().contains(k)) {
                overlap++;
            }
        }
        double sim = reading.similarity(a.statement(), b.statement());
        if (qa.dimension() != Dimension.COUNT && !qa.anchor().isEmpty() && !qb.anchor().isEmpty()) {
            return qa.anchor().equals(qb.anchor()) && (overlap >= 1 || sim >= 0.1);
        }
        boolean eventAnchor = qa.dimension() == Dimension.COUNT && !qa.anchor().endsWith("/");
        boolean nounAnchor = qa.dimension() == Dimension.COUNT && !qa.anchor().startsWith("/");
        if (eventAnchor) {
            return overlap >= 1 || sim >= 0.2;
        }
        if (nounAnchor) {
            return overlap >= 2 || overlap >= 1 && sim >= 0.25;
        }
        if (qa.dimension() == Dimension.YEAR) {
            return overlap >= 2 && sim >= 0.2;
        }
        if (qa.dimension().isTemporal()) {
            return sim >= ALIGNED || overlap >= 1 && sim >= 0.3 || overlap >= 2 && sim >= 0.15;
        }
        return overlap >= 2 || overlap >= 1 && sim >= 0.25;
    }

    /** A few words around the first mention that the second mention's context shares, in reading order. */
    private static String topic(Mention a, Mention b) {
        List<Token> tokens = a.statement().sentence().tokens();
        Quantity q = a.quantity();
        List<String> words = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        for (int k = Math.max(0, q.firstToken() - 5); k <= Math.min(tokens.size() - 1, q.lastToken() + 5); k++) {
            if (k >= q.firstToken() && k <= q.lastToken()) {
                continue;
            }
            Token t = tokens.get(k);
            if (!t.isWord() || Stopwords.isStopword(t.norm()) || t.norm().length() < 3) {
                continue;
            }
            fallback.add(t.text());
            for (io.newsdigest.text.Term term : a.statement().sentence().terms()) {
                if (term.token() == k && b.quantity().context().contains(term.key()) && !words.contains(t.text())) {
                    words.add(t.text());
                }
            }
        }
        List<String> chosen = words.isEmpty() ? fallback : words;
        String topic = String.join(" ", chosen.subList(0, Math.min(4, chosen.size())));
        return topic.isEmpty() ? q.dimension().name().toLowerCase(java.util.Locale.ROOT) : topic;
    }

    /** Whether the time is when something was said ("officials said Saturday", "on Friday told reporters"). */
    private static boolean reportingTime(Statement s, Quantity q) {
        List<Token> tokens = s.sentence().tokens();
        for (int k = Math.max(0, q.firstToken() - 2); k <= Math.min(tokens.size() - 1, q.lastToken() + 2); k++) {
            if ((k < q.firstToken() || k > q.lastToken()) && REPORTING.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
