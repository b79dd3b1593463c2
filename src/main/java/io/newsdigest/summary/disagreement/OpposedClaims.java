package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Related statements of different sources that use opposite words about the same thing: one source says the
 * police confirmed, another that they denied ({@code attribution}); one says prices rose, another that they
 * fell, or that a plan was approved against rejected ({@code claim}). The opposite words must have
 * overlapping words around them, and neither statement may use both or deny the word it uses ("no confirmation"
 * against "denied" is one refusal said twice).
 */
final class OpposedClaims implements ConflictDetector {

    private static final double MIN_SIMILARITY = 0.08;
    /** Statements per opposite word compared, the story's most central first. */
    private static final int MAX_STATEMENTS = 60;

    private record Opposition(String a, String b, String kind) {
    }

    private final List<Opposition> oppositions = new ArrayList<>();

    OpposedClaims(TermAnalyzer analyzer) {
        String[][] attribution = {{"confirm", "deny"}, {"confirmed", "denied"}, {"admit", "deny"},
            {"acknowledged", "denied"}, {"confirmed", "dismissed"}, {"confirmed", "rejected"}};
        String[][] claims = {{"increase", "decrease"}, {"win", "lose"}, {"accept", "reject"},
            {"approve", "reject"}, {"support", "oppose"}, {"guilty", "innocent"}, {"alive", "dead"},
            {"succeed", "fail"}, {"success", "failure"}, {"higher", "lower"}, {"allow", "ban"}, {"legal", "illegal"},
            {"strengthen", "weaken"}, {"true", "false"}, {"expand", "reduce"}, {"lift", "impose"},
            {"agree", "disagree"}, {"survive", "kill"}, {"voluntary", "mandatory"}, {"peaceful", "violent"},
            {"arrive", "depart"}, {"before", "after"}, {"above", "below"}, {"first", "last"}};
        for (String[] p : attribution) {
            oppositions.add(new Opposition(analyzer.key(p[0], false), analyzer.key(p[1], false), "attribution"));
        }
        for (String[] p : claims) {
            oppositions.add(new Opposition(analyzer.key(p[0], false), analyzer.key(p[1], false), "claim"));
        }
    }

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        List<Conflict> out = new ArrayList<>();
        for (Opposition o : oppositions) {
            List<Statement> withA = new ArrayList<>();
            List<Statement> withB = new ArrayList<>();
            for (Statement s : reading.using(o.a())) {
                if (!s.keys().contains(o.b())) {
                    withA.add(s);
                }
            }
            for (Statement s : reading.using(o.b())) {
                if (!s.keys().contains(o.a())) {
                    withB.add(s);
                }
            }
            for (Statement x : mostCentral(reading, withA)) {
                for (Statement y : mostCentral(reading, withB)) {
                    if (x.source() != y.source() && reading.similarity(x, y) >= MIN_SIMILARITY) {
                        Conflict c = opposed(reading, background, x, y, o);
                        if (c != null) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Statement> mostCentral(StoryReading reading, List<Statement> list) {
        if (list.size() <= MAX_STATEMENTS) {
            return list;
        }
        List<Statement> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingDouble((Statement s) -> -reading.centrality(s))
                .thenComparingInt(Statement::id));
        return sorted.subList(0, MAX_STATEMENTS);
    }

    private static Conflict opposed(StoryReading reading, Set<String> background, Statement x, Statement y,
            Opposition o) {
        if (!x.keys().contains(o.a()) || !y.keys().contains(o.b()) || x.keys().contains(o.b())
                || y.keys().contains(o.a())) {
            return null;
        }
        int tokenX = Arguments.tokensOf(x, o.a()).get(0);
        TreeMap<String, Integer> firstShared = new TreeMap<>();
        java.util.Set<String> argsX = Arguments.around(x, tokenX, o.a(), background);
        for (int t : Arguments.tokensOf(y, o.b())) {
            for (String k : Arguments.shared(argsX, Arguments.around(y, t, o.b(), background))) {
                firstShared.putIfAbsent(k, t);
            }
        }
        if (firstShared.isEmpty()) {
            return null;
        }
        if (negated(x, Arguments.tokensOf(x, o.a())) || negated(y, Arguments.tokensOf(y, o.b()))) {
            return null; // "no confirmation" and "denied", "did not approve" and "rejected" say the same
        }
        double strength = 1.0 + reading.similarity(x, y) + 0.2 * firstShared.size();
        String other = y.sentence().tokens().get(Arguments.tokensOf(y, o.b()).get(0)).text();
        return new Conflict(o.kind(), "opposed:" + o.a() + "/" + o.b(),
                Arguments.question(x, tokenX, other), List.of(List.of(x), List.of(y)), strength);
    }

    /** Whether every use of the opposite word in the statement is denied ("there was no confirmation"). */
    private static boolean negated(Statement s, List<Integer> tokens) {
        java.util.Map<Integer, Polarity.Cue> denied = Polarity.denied(s.sentence().tokens(), s.sentence().terms());
        for (int t : tokens) {
            if (!denied.containsKey(t)) {
                return false;
            }
        }
        return true;
    }
}
