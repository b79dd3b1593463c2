package io.newsdigest.summary;

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
 * a figure, a date or a name no other source mentions, ranked by how central they are to the story. Stories
 * with a single source have none (everything there is single-source).
 */
final class UniqueClaimFinder {

    /** Statements at least this similar to another source's are not unique. */
    private static final double ECHO = 0.3;
    private static final int MANY_SOURCES = -1;

    private final int max;

    UniqueClaimFinder(int max) {
        this.max = max;
    }

    List<UniqueClaim> find(StoryReading reading, List<FactFinder.Group> facts) {
        if (reading.story().independentSources() < 2) {
            return List.of();
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
            if (echoed.contains(s.id()) || !StatementShape.isProse(s) || StatementShape.isRunOn(s)) {
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
}
