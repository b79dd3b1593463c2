package io.newsdigest.followup;

import io.newsdigest.article.Article;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Settlement;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.summary.Statement;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Tells, for one day's digest, what is new since the digests before it. Each story that covers the same event as
 * a story of an earlier digest ({@link EventLinks}) {@code continues} the latest of them; its shared facts that an
 * earlier digest reported, in these or other words, are marked not new and follow the new ones; figures that
 * moved are listed as {@link Change}s ({@link FigureChanges}), and disagreements today's sources settle as
 * {@link Settlement}s ({@link Settlements}). Stories are then ordered: new stories and continuing ones with a
 * change first, then continuing ones with something new, then those with nothing new, each group in the
 * digest's order of importance.
 *
 * <p>Pure: takes the earlier digests as values, never reads anything, and gives the same digest for the same
 * inputs. Without earlier digests, the digest comes back as it was.
 */
public final class StoryFollower {

    /** Days of an event's earlier stories compared with today's (the latest ones). */
    private static final int COMPARED_DAYS = 3;
    /** Sentences of each of today's articles read for figures when its story has no fact of several sources. */
    private static final int OPENING = 12;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final QuantityReader quantities = new QuantityReader(analyzer);
    private final EventLinks links = new EventLinks();
    private final FigureChanges changes = new FigureChanges();
    private final Settlements settlements = new Settlements();

    /** {@code today} with what is new since {@code earlier}; the stories of {@code earlier} are never changed. */
    public Digest follow(Digest today, List<Digest> earlier) {
        return follow(today, earlier, Map.of());
    }

    /**
     * The opening sentences of each article, by key, as {@link #follow(Digest, List, Map)} reads them: the first
     * {@value #OPENING} (a news article gives its latest figures in its first paragraphs).
     */
    public static Map<String, List<String>> openings(List<Article> articles) {
        Map<String, List<String>> out = new HashMap<>();
        for (Article a : articles) {
            out.putIfAbsent(a.key(), a.sentences().subList(0, Math.min(OPENING, a.sentences().size())));
        }
        return out;
    }

    /**
     * As {@link #follow(Digest, List)}, with the opening sentences of today's articles by key ({@code openings},
     * see {@link #openings}). Their leads tell an event apart when its story has one or two articles and so
     * little text of its own in a digest; a story whose digest states no fact of several sources (one article,
     * or outlets that agree on nothing) has its figures read from them too, since its digest shows none.
     */
    public Digest follow(Digest today, List<Digest> earlier, Map<String, List<String>> openings) {
        List<ReportedStory> todays = reported(List.of(today));
        List<ReportedStory> before = reported(earlier.stream().filter(d -> d.date().compareTo(today.date()) < 0)
                .toList());
        if (before.isEmpty() || todays.isEmpty()) {
            return today;
        }
        SentenceAnalyses analyses = new SentenceAnalyses(tokenizer, analyzer, quantities);
        List<List<ReportedStory>> linked = links.link(todays, before, openings, analyses);
        List<Story> followed = IntStream.range(0, todays.size()).parallel()
                .mapToObj(i -> follow(todays.get(i), linked.get(i), openings, analyses)).toList();
        List<Story> ordered = new ArrayList<>();
        for (int tier = 0; tier < 3; tier++) {
            for (Story s : followed) {
                if (tier(s) == tier) {
                    ordered.add(s);
                }
            }
        }
        return new Digest(today.date(), today.articleCount(), today.rejected(), ordered);
    }

    private Story follow(ReportedStory today, List<ReportedStory> earlier, Map<String, List<String>> openings,
            SentenceAnalyses analyses) {
        if (earlier.isEmpty()) {
            return today.story();
        }
        ReportedStory latest = earlier.get(0);
        Map<String, Set<String>> read = today.story().sharedFacts().isEmpty() ? opening(today, openings) : Map.of();
        StoryAcrossDays across = new StoryAcrossDays(today, read, latestDays(earlier), analyses);
        List<SharedFact> fresh = new ArrayList<>();
        List<SharedFact> reported = new ArrayList<>();
        for (SharedFact f : today.story().sharedFacts()) {
            boolean before = false;
            for (Statement s : across.statements(f.text(), f.evidence())) {
                before |= across.reportedBefore(s);
            }
            if (before) {
                reported.add(f.reported());
            } else {
                fresh.add(f);
            }
        }
        fresh.addAll(reported);
        List<Change> moved = changes.find(across);
        List<Settlement> settled = settlements.find(across);
        return today.story().following(new Continuation(latest.date(), latest.story().id(),
                latest.story().headline()), fresh, moved, settled);
    }

    /** The opening sentences of the story's first articles, each with the keys of the articles that open with it. */
    private static Map<String, Set<String>> opening(ReportedStory today, Map<String, List<String>> openings) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        List<ArticleRef> articles = today.story().articles();
        for (ArticleRef a : articles.subList(0, Math.min(ReportedStory.TITLES, articles.size()))) {
            for (String text : openings.getOrDefault(a.key(), List.of())) {
                out.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(a.key());
            }
        }
        return out;
    }

    /**
     * The earlier stories of the last {@link #COMPARED_DAYS} days that reported the event (the list is latest
     * first): a continuing story's digest lists again, marked not new, the facts its sources still state, so the
     * last few digests of an event hold what was reported, and reading every day of a long chain would cost much
     * for little.
     */
    private static List<ReportedStory> latestDays(List<ReportedStory> earlier) {
        java.util.Set<String> days = new java.util.HashSet<>();
        List<ReportedStory> out = new ArrayList<>();
        for (ReportedStory s : earlier) {
            if (days.contains(s.date()) || days.size() < COMPARED_DAYS && days.add(s.date())) {
                out.add(s);
            }
        }
        return out;
    }

    /** 0: new, or continuing with a change; 1: continuing with something else new; 2: nothing new. */
    static int tier(Story s) {
        if (s.continues() == null || !s.changes().isEmpty()) {
            return 0;
        }
        return s.hasNothingNew() ? 2 : 1;
    }

    private static List<ReportedStory> reported(List<Digest> digests) {
        List<ReportedStory> out = new ArrayList<>();
        for (Digest d : digests) {
            for (int i = 0; i < d.stories().size(); i++) {
                Story s = d.stories().get(i);
                if (s != null && s.id() != null) {
                    out.add(new ReportedStory(d.date(), i, s));
                }
            }
        }
        return out;
    }
}
