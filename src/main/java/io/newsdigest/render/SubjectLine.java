package io.newsdigest.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The subject of a digest e-mail, such as {@code News digest, 20 June 2024: 3 stories from 14 articles}. Built
 * from the date and counts alone, and cleaned of every control character, so no CR or LF can reach the header.
 */
public final class SubjectLine {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SubjectLine() {
    }

    public static String of(LocalDate day, int stories, int articles) {
        return of(day, stories, 0, articles);
    }

    /**
     * As {@link #of(LocalDate, int, int)}, saying how many stories are new and how many continue a story of an
     * earlier digest when any does: {@code 4 stories (1 new, 3 continuing) from 23 articles}.
     */
    public static String of(LocalDate day, int stories, int continuing, int articles) {
        String counts = articles == 0 ? "no new articles" : counts(stories, continuing, articles);
        return headerSafe("News digest, " + DAY.format(day) + ": " + counts);
    }

    /** {@code 3 stories from 14 articles}, or {@code 4 stories (1 new, 3 continuing) from 23 articles}. */
    static String counts(int stories, int continuing, int articles) {
        String split = continuing == 0 ? "" : " (" + (stories - continuing) + " new, " + continuing + " continuing)";
        return count(stories, "story", "stories") + split + " from " + count(articles, "article", "articles");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code text} on one line: control characters and line or paragraph separators become single spaces. */
    public static String headerSafe(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
