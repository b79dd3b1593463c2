package io.newsdigest.followup;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.render.OutletName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story as a digest reported it, on its day: the sentences a reader was shown (facts, their quotes, the
 * sides of disagreements, claims of one source), each with the articles that state it. Blank or missing
 * sentences of an archived digest are left out.
 *
 * @param date  the digest's day, {@code YYYY-MM-DD}
 * @param rank  the story's position in that digest
 */
record ReportedStory(String date, int rank, Story story) {

    /**
     * Quotes of a fact or side read besides its text, and titles read: a few wordings say the same in other words
     * as well as all of them, and a large story's hundreds of quotes would only make reading slow.
     */
    static final int QUOTES = 3;
    static final int TITLES = 8;

    /** What tells the event apart, for linking: the headline first, then facts, claims, sides and titles. */
    List<String> outline() {
        Set<String> out = new LinkedHashSet<>();
        for (SharedFact f : story.sharedFacts()) {
            add(out, f.text());
        }
        for (UniqueClaim c : story.uniqueClaims()) {
            add(out, c.text());
        }
        for (Disagreement d : story.disagreements()) {
            for (Side s : d.sides()) {
                add(out, s.text());
            }
        }
        for (ArticleRef a : story.articles().subList(0, Math.min(TITLES, story.articles().size()))) {
            add(out, a.title());
        }
        return List.copyOf(out);
    }

    /**
     * The sentences the digest showed or quoted for the story, with the keys of the articles stating it: facts and
     * their first quotes, claims of one source, sides of disagreements and their first quotes, the sentence
     * stating each figure that moved (the e-mail gives the figure; a story of one article may give it nowhere
     * else), the first articles' titles (the e-mail lists them, and a title often carries the latest figure), and
     * the headline (a story of one article often shows nothing else; its article's, when it has one).
     */
    Map<String, Set<String>> sentences() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (SharedFact f : story.sharedFacts()) {
            putQuoted(out, f.text(), f.supportedBy(), f.evidence());
        }
        for (UniqueClaim c : story.uniqueClaims()) {
            put(out, c.text(), keyOf(c.article()));
        }
        for (Disagreement d : story.disagreements()) {
            for (Side s : d.sides()) {
                putQuoted(out, s.text(), s.supportedBy(), s.evidence());
            }
        }
        for (Change c : story.changes()) {
            put(out, c.now().quote(), keysOf(c.now().sources()));
        }
        for (ArticleRef a : story.articles().subList(0, Math.min(TITLES, story.articles().size()))) {
            put(out, a.title(), keyOf(a.key()));
        }
        put(out, story.headline(), story.articles().size() == 1 ? keyOf(story.articles().get(0).key()) : List.of());
        return out;
    }

    /** The outlets of the articles with these keys, by name, each once. */
    List<String> outlets(Iterable<String> keys) {
        Map<String, ArticleRef> byKey = new LinkedHashMap<>();
        for (ArticleRef a : story.articles()) {
            if (a.key() != null) {
                byKey.putIfAbsent(a.key(), a);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            ArticleRef a = byKey.get(k);
            out.add(OutletName.of(a != null ? a : new ArticleRef(k, null, null, null, null)));
        }
        return new ArrayList<>(out);
    }

    /** The keys of the story's articles from these outlets (a change names its sources by outlet). */
    private List<String> keysOf(List<String> outlets) {
        List<String> out = new ArrayList<>();
        for (ArticleRef a : story.articles()) {
            if (a.key() != null && outlets.contains(OutletName.of(a))) {
                out.add(a.key());
            }
        }
        return out;
    }

    private static void add(Set<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }

    private static List<String> keyOf(String key) {
        return key == null ? List.of() : List.of(key);
    }

    private static void putQuoted(Map<String, Set<String>> out, String text, List<String> supportedBy,
            List<Evidence> evidence) {
        put(out, text, supportedBy);
        for (Evidence e : evidence.subList(0, Math.min(QUOTES, evidence.size()))) {
            put(out, e.text(), keyOf(e.article()));
        }
    }

    private static void put(Map<String, Set<String>> out, String text, List<String> keys) {
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> k = out.computeIfAbsent(text, x -> new LinkedHashSet<>());
        for (String key : keys) {
            if (key != null) {
                k.add(key);
            }
        }
    }
}
