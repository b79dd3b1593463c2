package io.newsdigest.summary.disagreement;

import io.newsdigest.quantity.Dimension;
import io.newsdigest.quantity.Quantity;
import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Different numbers, dates or times for the same thing. Two quantities of different sources conflict when
 * they measure the same dimension in the same unit family, are about the same thing (same counted noun and
 * event, and shared words around them that are not the story's names), and their intervals do not meet after
 * unit conversion: "at least 6" and "6" agree, "about 300 m" and "984 feet" agree, "12 people were killed" and
 * "the quake killed 15" conflict. A source that also states a value compatible with the other side is not in
 * conflict. Kind {@code date} for years, dates, weekdays and times of day; {@code number} otherwise.
 */
final class QuantityConflicts {

    /** Statements this similar state the same fact, so their times refer to the same event. */
    private static final double ALIGNED = 0.35;

    private record Mention(Statement statement, Quantity quantity) {
    }

    List<Conflict> find(StoryReading reading, Set<String> background) {
        List<Mention> mentions = new ArrayList<>();
        for (Statement s : reading.statements()) {
            for (Quantity q : s.quantities()) {
                mentions.add(new Mention(s, q));
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention b = mentions.get(j);
                if (a.statement().source() == b.statement().source() || !a.quantity().comparableWith(b.quantity())
                        || a.quantity().compatibleWith(b.quantity())
                        || !sameThing(reading, background, a, b)) {
                    continue;
                }
                if (hasCompatible(reading, background, mentions, a, b) || hasCompatible(reading, background,
                        mentions, b, a)) {
                    continue;
                }
                out.add(build(reading, background, mentions, a, b));
            }
        }
        return out;
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
        String kind = d.isTemporal() ? "date" : "number";
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
}
