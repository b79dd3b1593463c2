package io.newsdigest.summary;

import io.newsdigest.story.ArticleText;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Picks a story's headline from its articles: the title that best covers the terms the story's articles
 * share, among titles that read like headlines. Without such a title, the clearest shared-fact sentence (or
 * the first sentence) stands in. Either is shortened to a headline's length.
 */
final class HeadlinePicker {

    private static final int MAX_WORDS = 22;
    /** The fewest words the part of a barred title must have to stand alone as its headline. */
    private static final int MIN_PART = 4;
    /** The fewest words a headline cut at a clause's end may keep. */
    private static final int MIN_CLAUSE = 10;
    /** Words that open a clause after the main one: a headline may end before them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "after", "while", "because", "which", "where",
            "before", "amid", "following", "but");

    String pick(StoryReading reading, String fallback) {
        List<ArticleText> articles = reading.story().articles();
        Map<String, Integer> articlesWithKey = new HashMap<>();
        for (ArticleText a : articles) {
            Set<String> mine = new HashSet<>();
            for (AnalyzedSentence s : a.sentences()) {
                for (Term t : s.terms()) {
                    mine.add(t.key());
                }
            }
            for (String k : mine) {
                articlesWithKey.merge(k, 1, Integer::sum);
            }
        }
        String best = null;
        double bestScore = 0;
        for (ArticleText a : articles) {
            AnalyzedSentence title = a.title();
            if (title == null || !looksLikeHeadline(title)) {
                continue;
            }
            Set<String> keys = new java.util.TreeSet<>();
            for (Term t : title.terms()) {
                keys.add(t.key());
            }
            double score = 0;
            for (String k : keys) {
                double coverage = articlesWithKey.getOrDefault(k, 0) / (double) articles.size();
                score += coverage * Math.min(1.0, reading.weight(k) + 0.3);
            }
            score /= Math.sqrt(Math.max(1, keys.size()));
            if (best == null || score > bestScore + 1e-12) {
                best = mainPart(a.article().title().strip());
                bestScore = score;
            }
        }
        // a title past a headline's length is a deck or a summary: cut, as a sentence standing in for one is
        return shorten(best != null ? best : fallback);
    }

    /**
     * The headline in a title of parts set apart by a bar: "Floods in Velm | Harbour town mourns its dead" (a
     * section before it) or "Ferry capsizes off Velm | The Island Post" (the outlet after it): the part of the
     * most words, when it has {@link #MIN_PART} or more; else the title as it is.
     */
    static String mainPart(String title) {
        String[] parts = title.split("\\s+\\|\\s+");
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (words(p) > words(longest)) {
                longest = p;
            }
        }
        return words(longest) >= MIN_PART ? longest.strip() : title;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static boolean looksLikeHeadline(AnalyzedSentence title) {
        int words = 0;
        int letters = 0;
        for (Token t : title.tokens()) {
            if (t.isWord()) {
                words++;
                letters += t.text().length();
            }
        }
        String text = title.text().strip();
        boolean cutOff = text.endsWith(",") || text.endsWith(":") || text.endsWith(";");
        return words >= 4 && words <= 30 && letters >= 15 && title.terms().size() >= 3 && !cutOff;
    }

    /**
     * A sentence as a headline: whole when it is short; else cut where its main clause ends (before "when",
     * "after", "while" and the like, or at a comma or dash) if that leaves a clause of {@link #MIN_CLAUSE} words or
     * more within {@link #MAX_WORDS}, so the reader gets the main clause whole ("All 67 people aboard were killed"
     * rather than "... killed when the two aircraft collided in midair approaching…"); else its first
     * {@link #MAX_WORDS} words and an ellipsis.
     */
    static String shorten(String sentence) {
        String s = sentence.strip();
        String[] words = s.split("\\s+");
        if (words.length <= MAX_WORDS) {
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        for (int cut = MAX_WORDS; cut >= MIN_CLAUSE; cut--) {
            String before = words[cut - 1];
            boolean breaks = CLAUSE_OPENERS.contains(words[cut].toLowerCase(java.util.Locale.ROOT))
                    || before.endsWith(",") || before.endsWith(";") || words[cut].equals("\u2014")
                    || words[cut].equals("\u2013");
            if (breaks) {
                String clause = String.join(" ", java.util.Arrays.copyOf(words, cut));
                return clause.replaceAll("[,;:]$", "");
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "\u2026";
    }
}
