package io.newsdigest.summary;

import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.summary.disagreement.DisagreementFinder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Keeps a shared fact from claiming the support of a source that contradicts it. Sentences aligned as one fact
 * can still state different figures, times or polarities ("14 were injured" / "9 were injured", "was arrested" /
 * "has not been arrested"); a reader who sees "agreed by" must be able to trust it. So, within each fact, while
 * two quoted sentences contradict each other, the sentence with the most contradictions (the later one on a tie)
 * stops counting as support. The disagreement detectors judge what contradicts, so that a fact and the
 * disagreements never disagree: sentences set on opposite sides of a figure, a time or a place contradict (parts
 * of a total and times of saying were already told apart there); sentences set on opposite sides of a claim
 * contradict when that claim is their main one. A fact left with fewer than two independent sources is no longer
 * shared; its contradiction is reported among the disagreements instead. A fact is not worded by a sentence that
 * gives a disputed place the rest of its sources do not give.
 */
final class ConsistentFacts {

    /** Words in a sentence that states little more than one claim. */
    private static final int SHORT_SENTENCE = 12;
    /** Words in a sentence of ordinary length, about one claim and its attribution. */
    private static final int ORDINARY_SENTENCE = 24;
    /** How close another source's sentence must be to stand in for a fact's wording: aligned, as in a group. */
    private static final double ALIGNED = FactFinder.DEFAULTS.align();

    /**
     * The check of one fact of {@code reading}: the fact itself when none of its quoted sentences contradicts
     * another, else the fact without the contradicting sentences' support, or null when fewer than two
     * independent sources are left.
     */
    UnaryOperator<SharedFact> check(StoryReading reading, DisagreementFinder.Findings findings) {
        return fact -> consistent(reading, fact, findings);
    }

    private static SharedFact consistent(StoryReading reading, SharedFact fact, DisagreementFinder.Findings findings) {
        List<Evidence> evidence = new ArrayList<>(fact.evidence());
        List<Statement> statements = new ArrayList<>();
        for (Evidence e : evidence) {
            statements.add(reading.quoted(e.article(), e.text()));
        }
        dropContradicting(evidence, statements, findings);
        if (evidence.size() == fact.evidence().size()) {
            String text = undisputedWording(reading, fact.text(), statements, findings);
            return text.equals(fact.text()) ? fact : new SharedFact(text, fact.supportedBy(), fact.evidence());
        }
        Set<Integer> sources = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            Statement s = statements.get(i);
            sources.add(s == null ? -1 - i : s.source());
            articles.add(evidence.get(i).article());
        }
        if (sources.size() < 2) {
            return null;
        }
        String text = fact.text();
        if (evidence.stream().noneMatch(e -> e.text().equals(fact.text()))) {
            text = evidence.get(0).text();
        }
        text = undisputedWording(reading, text, statements, findings);
        List<String> supportedBy = new ArrayList<>();
        for (String key : fact.supportedBy()) {
            if (articles.contains(key)) {
                supportedBy.add(key);
            }
        }
        return new SharedFact(text, supportedBy, evidence);
    }

    /**
     * While two of the statements contradict each other, removes the one with the most contradictions (the later
     * one on a tie) from both lists. Each pair is judged once.
     */
    private static void dropContradicting(List<Evidence> evidence, List<Statement> statements,
            DisagreementFinder.Findings findings) {
        int n = statements.size();
        boolean[][] contradicts = new boolean[n][n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (contradict(statements.get(i), statements.get(j), findings)) {
                    contradicts[i][j] = true;
                    contradicts[j][i] = true;
                    count[i]++;
                    count[j]++;
                }
            }
        }
        boolean[] removed = new boolean[n];
        while (true) {
            int worst = -1;
            for (int i = 0; i < n; i++) {
                if (!removed[i] && count[i] > 0 && (worst < 0 || count[i] >= count[worst])) {
                    worst = i;
                }
            }
            if (worst < 0) {
                break;
            }
            removed[worst] = true;
            for (int j = 0; j < n; j++) {
                if (contradicts[worst][j]) {
                    count[j]--;
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (removed[i]) {
                evidence.remove(i);
                statements.remove(i);
            }
        }
    }

    /**
     * The fact's wording, or, when that sentence places the event where other sources do not (a place conflict
     * has it on a side), the sentence of another of its sources that says the same without a disputed place (the
     * closest to the wording among those aligned with it): "agreed by" six sources must not stand under a place
     * two of them give and four others contest. A disputed figure stays in the wording: there the figure is
     * usually the fact, and its support says who gives it.
     */
    private static String undisputedWording(StoryReading reading, String text, List<Statement> statements,
            DisagreementFinder.Findings findings) {
        Statement worded = null;
        for (Statement s : statements) {
            if (s != null && s.text().equals(text)) {
                worded = s;
            }
        }
        if (worded == null || !findings.givesDisputedPlace(worded.id())) {
            return text;
        }
        Statement best = null;
        double bestSimilarity = ALIGNED;
        for (Statement s : statements) {
            if (s != null && s != worded && !findings.givesDisputedPlace(s.id())) {
                double similarity = reading.similarity(worded, s);
                if (similarity >= bestSimilarity) {
                    best = s;
                    bestSimilarity = similarity;
                }
            }
        }
        return best == null ? text : best.text();
    }

    private static boolean contradict(Statement a, Statement b, DisagreementFinder.Findings findings) {
        if (a == null || b == null) {
            return false;
        }
        DisagreementFinder.Findings.Opposition o = findings.opposition(a.id(), b.id());
        return o == DisagreementFinder.Findings.Opposition.VALUES
                || o == DisagreementFinder.Findings.Opposition.CLAIMS && isMainClaim(a, b);
    }

    /**
     * A detector opposes whole sentences, but a long sentence carries several clauses and the opposed one may be
     * beside the fact the two sentences share ("while the text has not been released, state media reported that
     * Article 4 ..."). The opposition is the sentences' main claim when one of them is short, or both are of
     * ordinary length.
     */
    private static boolean isMainClaim(Statement a, Statement b) {
        int shorter = Math.min(a.words(), b.words());
        int longer = Math.max(a.words(), b.words());
        return shorter <= SHORT_SENTENCE || longer <= ORDINARY_SENTENCE;
    }
}
