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
        String counts = articles == 0
                ? "no new articles"
                : count(stories, "story", "stories") + " from " + count(articles, "article", "articles");
        return headerSafe("News digest, " + DAY.format(day) + ": " + counts);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code text} on one line: control characters and line or paragraph separators become single spaces. */
    public static String headerSafe(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
