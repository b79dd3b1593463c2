package io.newsdigest.summary;

import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.quantity.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notable statements only one source of a story makes: sentences no other source comes close to, that bring
 * a figure, a date or a name no other source mentions, ranked by how central they are to the story. In a story
 * of a single source everything is that source's own: there they are its lead, the sentences after the one that
 * heads the story, so that the reader (and a later digest that follows the story) sees what it reports.
 */
final class UniqueClaimFinder {

    /** Statements at least this similar to another source's are not unique. */
    private static final double ECHO = 0.3;
    private static final int MANY_SOURCES = -1;
    /** Sentences of a single-source story's lead shown besides its headline. */
    private static final int LEAD = 2;

    private final int max;

    UniqueClaimFinder(int max) {
        this.max = max;
    }

    /**
     * The claims of one source in {@code reading}, whose shared facts are {@code facts}, headed {@code headline}; a
     * sentence already quoted on a side of one of its {@code disagreements} is not quoted again.
     */
    List<UniqueClaim> find(StoryReading reading, List<FactFinder.Group> facts, String headline,
            List<Disagreement> disagreements) {
        if (reading.story().independentSources() < 2) {
            return lead(reading, headline);
        }
        Set<Integer> echoed = new HashSet<>();
        for (FactFinder.Group g : facts) {
            for (Statement s : g.members()) {
                echoed.add(s.id());
            }
        }
        for (StoryReading.Pair p : reading.pairs()) {
            if (p.similarity() < ECHO) {
                break;
            }
            echoed.add(p.a());
            echoed.add(p.b());
        }
        Set<Integer> quoted = new HashSet<>(); // ids of the statements quoted on a side
        for (Disagreement d : disagreements) {
            for (Side side : d.sides()) {
                for (Evidence e : side.evidence()) {
                    Statement s = reading.quoted(e.article(), e.text());
                    if (s != null) {
                        quoted.add(s.id());
                    }
                }
            }
        }
        Map<String, Integer> holderOf = new HashMap<>(); // a key's one source, or MANY_SOURCES
        for (Statement s : reading.statements()) {
            for (String k : s.keys()) {
                holderOf.merge(k, s.source(), (a, b) -> a.equals(b) ? a : MANY_SOURCES);
            }
        }
        FigureIndex figures = FigureIndex.of(reading.statements());
        record Candidate(Statement statement, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Statement s : reading.statements()) {
            if (echoed.contains(s.id()) || !StatementShape.isProse(s) || StatementShape.isRunOn(s)
                    || quoted.contains(s.id())) {
                continue;
            }
            int newNames = 0;
            for (String k : s.names()) {
                if (holderOf.getOrDefault(k, s.source()) == s.source()) {
                    newNames++;
                }
            }
            boolean newFigure = false;
            for (Quantity q : s.quantities()) {
                newFigure |= !figures.mentionedElsewhere(q, s.source());
            }
            if (newNames == 0 && !newFigure) {
                continue;
            }
            double score = reading.centrality(s) + (newFigure ? 0.3 : 0) + Math.min(0.1, 0.05 * newNames);
            candidates.add(new Candidate(s, score));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparingInt(c -> c.statement().id()));
        List<UniqueClaim> out = new ArrayList<>();
        Map<Integer, Integer> perArticle = new HashMap<>();
        Set<String> said = new HashSet<>(); // a near-copy repeats its original's claims: each is said once
        for (Candidate c : candidates) {
            if (out.size() >= max) {
                break;
            }
            if (!said.add(c.statement().source() + "\u0000" + c.statement().text().strip())) {
                continue;
            }
            int n = perArticle.merge(c.statement().member(), 1, Integer::sum);
            if (n <= 2) {
                out.add(new UniqueClaim(c.statement().text(), c.statement().articleKey()));
            }
        }
        return out;
    }

    /**
     * The first sentences of a single-source story's original article that read as prose, up to {@link #LEAD},
     * leaving out the one the headline was made from.
     */
    private static List<UniqueClaim> lead(StoryReading reading, String headline) {
        String head = (headline.endsWith("\u2026") ? headline.substring(0, headline.length() - 1) : headline).strip();
        List<UniqueClaim> out = new ArrayList<>();
        for (Statement s : reading.statements()) {
            if (out.size() >= LEAD) {
                break;
            }
            if (s.member() == s.source() && StatementShape.isProse(s) && !StatementShape.isRunOn(s)
                    && !s.text().strip().startsWith(head)) {
                out.add(new UniqueClaim(s.text(), s.articleKey()));
            }
        }
        return out;
    }
}
