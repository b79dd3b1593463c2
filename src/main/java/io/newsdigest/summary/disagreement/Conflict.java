package io.newsdigest.summary.disagreement;

import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.Side;
import io.newsdigest.summary.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A disagreement found in a story before it is reported: its kind, the subject it is about in the detector's
 * terms (a dimension and anchor, a denied word), a topic in the sources' words, two or more sides (each the
 * statements, one per article, that hold it; the first states it best) and a strength for ranking.
 */
record Conflict(String kind, String subject, String topic, List<List<Statement>> sides, double strength) {

    Conflict {
        List<List<Statement>> copy = new ArrayList<>();
        for (List<Statement> s : sides) {
            copy.add(List.copyOf(s));
        }
        sides = List.copyOf(copy);
    }

    /** How many independent sources take part. */
    long sources() {
        return sides.stream().flatMap(List::stream).map(Statement::source).distinct().count();
    }

    /**
     * Whether this conflict repeats {@code other}: the same subject with a statement in common, or the very
     * statements {@code other} quotes, found by another detector.
     */
    boolean repeats(Conflict other) {
        java.util.Set<Statement> mine = statements();
        java.util.Set<Statement> theirs = other.statements();
        if (mine.equals(theirs)) {
            return true;
        }
        if (!subject.equals(other.subject)) {
            return false;
        }
        for (Statement s : mine) {
            if (theirs.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private java.util.Set<Statement> statements() {
        java.util.Set<Statement> out = new java.util.HashSet<>();
        sides.forEach(out::addAll);
        return out;
    }

    Disagreement toDisagreement() {
        List<Side> out = new ArrayList<>();
        for (List<Statement> side : sides) {
            List<Statement> ordered = new ArrayList<>(side);
            ordered.sort(Comparator.comparingInt(Statement::member).thenComparingInt(Statement::position));
            List<String> keys = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Statement s : ordered) {
                if (!keys.contains(s.articleKey())) {
                    keys.add(s.articleKey());
                }
                evidence.add(new Evidence(s.articleKey(), s.text()));
            }
            out.add(new Side(side.get(0).text(), keys, evidence));
        }
        return new Disagreement(topic, kind, out);
    }
}
