package io.newsdigest.followup;

import io.newsdigest.article.Article;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Continuation;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.story.ArticleTerms;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.StoryClusterer;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which earlier stories cover the same event as each of today's: every story, today's and earlier ones alike, is
 * read as one document (headline as title, then its facts, claims, sides and article titles) and the documents are
 * grouped by the engine's own grouping of articles into events ({@link StoryClusterer}), so across days the same
 * anchors decide as within a day: names and places shared, and close over all terms. An earlier story that a
 * later earlier digest already continued stands for nothing of its own: its event is read once, through its
 * latest story, and with what the stories it continues reported when that one tells little (a follow-up of one
 * article shows little more than its headline, while the event it continues was told in full the day before),
 * and a story of today grouped with that one continues the whole chain (every earlier story the chain's
 * {@code continues} reach among the digests read). A story continues one event: grouped with the latest stories
 * of several, it continues the one whose document shares the most with its own ({@link #shared}). Deterministic.
 */
final class EventLinks {

    /** Sentences that tell an event apart; a thinner story is read with what the stories it continues reported. */
    private static final int ENOUGH = 8;
    /** Sentences of each of today's articles that tell what its story is about, beside its digest (the lead). */
    private static final int LEAD = 2;

    private final StoryClusterer clusterer = new StoryClusterer();

    /**
     * For each of {@code today}'s stories, in order, the earlier stories of its event: latest day first, then in
     * their digest's order. Empty for a new story.
     */
    List<List<ReportedStory>> link(List<ReportedStory> today, List<ReportedStory> earlier) {
        return link(today, earlier, Map.of(), new SentenceAnalyses(new Tokenizer(), new TermAnalyzer(),
                new QuantityReader(new TermAnalyzer())));
    }

    /**
     * As {@link #link(List, List)}, today's stories read with the opening sentences of their articles too
     * ({@code openings}, by article key, first sentence first): a story of one article has little more than its
     * headline in a digest. Sentences are analysed through {@code analyses}.
     */
    List<List<ReportedStory>> link(List<ReportedStory> today, List<ReportedStory> earlier,
            Map<String, List<String>> openings, SentenceAnalyses analyses) {
        Map<String, ReportedStory> byId = new HashMap<>();
        Set<String> continued = new HashSet<>();
        for (ReportedStory s : earlier) {
            byId.putIfAbsent(id(s.date(), s.story().id()), s);
            Continuation c = s.story().continues();
            if (c != null) {
                continued.add(id(c.date(), c.storyId()));
            }
        }
        List<ReportedStory> all = new ArrayList<>(today);
        List<List<ReportedStory>> told = new ArrayList<>();
        for (ReportedStory s : today) {
            told.add(List.of(s));
        }
        for (ReportedStory s : earlier) {
            if (!continued.contains(id(s.date(), s.story().id()))) {
                all.add(s);
                List<ReportedStory> chain = new ArrayList<>();
                chain(s, byId, chain);
                told.add(chain);
            }
        }
        List<ArticleTerms> docs = IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> ArticleTerms.of(ArticleText.read(i,
                        document(told.get(i), i < today.size() ? openings : Map.of()), analyses::sentence)))
                .toList();
        int[] group = new int[all.size()];
        List<List<Integer>> groups = clusterer.group(docs);
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                group[i] = g;
            }
        }
        List<List<ReportedStory>> out = new ArrayList<>();
        List<Map<String, Boolean>> terms = new ArrayList<>(Collections.nCopies(docs.size(), null));
        for (int t = 0; t < today.size(); t++) {
            List<Integer> events = new ArrayList<>();
            for (int i : groups.get(group[t])) {
                if (i >= today.size()) {
                    events.add(i);
                }
            }
            events.sort(Comparator.comparing((Integer i) -> all.get(i).date()).reversed()
                    .thenComparingInt(i -> all.get(i).rank()));
            List<ReportedStory> same = new ArrayList<>();
            if (!events.isEmpty()) {
                Map<String, Boolean> mine = terms(docs.get(t));
                int best = events.get(0);
                double most = shared(mine, termsOf(docs, terms, best));
                for (int i : events) {
                    double share = shared(mine, termsOf(docs, terms, i));
                    if (share > most) {
                        best = i;
                        most = share;
                    }
                }
                chain(all.get(best), byId, same);
            }
            same.sort(Comparator.comparing(ReportedStory::date).reversed().thenComparingInt(ReportedStory::rank));
            out.add(List.copyOf(same));
        }
        return out;
    }

    /**
     * How much two documents share: their distinct terms in common, names counted twice, over the geometric mean
     * of their numbers of distinct terms.
     */
    private static double shared(Map<String, Boolean> x, Map<String, Boolean> y) {
        double common = 0;
        for (Map.Entry<String, Boolean> e : x.entrySet()) {
            Boolean name = y.get(e.getKey());
            if (name != null) {
                common += e.getValue() || name ? 2 : 1;
            }
        }
        return x.isEmpty() || y.isEmpty() ? 0 : common / Math.sqrt((double) x.size() * y.size());
    }

    /** {@link #terms} of document {@code i}, made once for all of today's stories that compare it. */
    private static Map<String, Boolean> termsOf(List<ArticleTerms> docs, List<Map<String, Boolean>> made, int i) {
        if (made.get(i) == null) {
            made.set(i, terms(docs.get(i)));
        }
        return made.get(i);
    }

    /** The distinct terms of a document, each with whether it is written as a name somewhere in it. */
    private static Map<String, Boolean> terms(ArticleTerms a) {
        Map<String, Boolean> out = new HashMap<>();
        List<ArticleTerms.Line> lines = new ArrayList<>(a.sentences());
        if (a.title() != null) {
            lines.add(a.title());
        }
        for (ArticleTerms.Line line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.merge(line.key(i), line.isName(i), Boolean::logicalOr);
            }
        }
        return out;
    }

    /** {@code latest} and the earlier stories its {@code continues} reach, each added to {@code out} once. */
    private static void chain(ReportedStory latest, Map<String, ReportedStory> byId, List<ReportedStory> out) {
        for (ReportedStory s = latest; s != null && !out.contains(s); ) {
            out.add(s);
            Continuation c = s.story().continues();
            s = c == null ? null : byId.get(id(c.date(), c.storyId()));
        }
    }

    private static String id(String date, String storyId) {
        return date + "/" + storyId;
    }

    /**
     * The document of a story, {@code told.get(0)}, headed by its headline: its outline, the leads of its articles
     * (their first {@link #LEAD} opening sentences) and, while it holds fewer than {@link #ENOUGH} sentences, more
     * of their openings (a story of today is read at least as fully as a thin earlier one is); then, while it still
     * holds fewer, the headlines and outlines of the earlier stories it continues ({@code told}, latest first), each
     * sentence once.
     */
    private static Article document(List<ReportedStory> told, Map<String, List<String>> openings) {
        ReportedStory s = told.get(0);
        Set<String> text = new LinkedHashSet<>(s.outline());
        List<ArticleRef> articles = s.story().articles();
        articles = articles.subList(0, Math.min(ReportedStory.TITLES, articles.size()));
        for (ArticleRef a : articles) {
            List<String> opening = openings.getOrDefault(a.key(), List.of());
            text.addAll(opening.subList(0, Math.min(LEAD, opening.size())));
        }
        for (ArticleRef a : articles) {
            List<String> opening = openings.getOrDefault(a.key(), List.of());
            for (int i = LEAD; i < opening.size() && text.size() < ENOUGH; i++) {
                text.add(opening.get(i));
            }
        }
        for (ReportedStory before : told.subList(1, told.size())) {
            if (text.size() >= ENOUGH) {
                break;
            }
            if (before.story().headline() != null && !before.story().headline().isBlank()) {
                text.add(before.story().headline());
            }
            text.addAll(before.outline());
        }
        return new Article(s.date() + "/" + s.story().id(), null, null, s.story().headline(), null, null, null,
                null, List.copyOf(text), List.of());
    }
}
