package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines a person or a tool writes above a pasted article: {@code URL: https://...},
 * {@code Source: ...}, {@code Title: ...}, {@code Published: ...} or {@code Date: ...}, {@code Author: ...} or a
 * byline {@code By Jane Doe}, and a date stamp that opens the first line ({@code date 2024-01-02 The text...}).
 * They are metadata: read into fields, never a title or a sentence of the body.
 *
 * <p>Only the head of the paste is read: labelled lines before the first line that is not one (blank lines
 * aside). A stamp that opens that first line is cut off and the rest of the line kept. A label's value is
 * bounded and must look like what the label promises (a URL starts with a scheme, a date parses); a line that
 * does not is text, not metadata. Never throws.
 *
 * @param title     the {@code Title:} value, or {@code null}
 * @param source    the {@code Source:}/{@code Outlet:}/{@code Publisher:} value, or {@code null} (a web address
 *                  given as the source is the URL)
 * @param url       the {@code URL:}/{@code Link:} value, or {@code null}
 * @param published the date of a {@code Published:}/{@code Date:} line or of an opening stamp, {@code YYYY-MM-DD},
 *                  or {@code null}
 * @param lines     the paste's lines without its labelled head, the opening stamp cut off
 */
record PasteLabels(String title, String source, String url, String published, List<String> lines) {

    /** A label's value longer than this is not a header field. */
    private static final int MAX_VALUE = 500;

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(url|link|source|outlet|publisher|title|headline|published|date|dated|author|byline|by)"
                    + "\\s*[:=]\\s*(\\S.*)$");
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\S+){0,6}\\s*$");
    /** A date stamp at the start of a line: "date 2024-01-02", "Date 2024-01-02T10:00Z", "published 2 Jan 2024". */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(date|dated|published|posted)\\s+(\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)"
                    + "(\\s+|$)");

    static PasteLabels read(List<String> lines) {
        String title = null;
        String source = null;
        String url = null;
        String published = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_VALUE + 20) {
                break;
            }
            Matcher m = LABEL.matcher(line);
            if (m.matches()) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2).strip();
                switch (label) {
                    case "url", "link" -> {
                        if (!isUrl(value)) {
                            return done(title, source, url, published, lines, i);
                        }
                        url = url == null ? value : url;
                    }
                    case "source", "outlet", "publisher" -> {
                        if (isUrl(value)) {
                            url = url == null ? value : url;
                        } else {
                            source = source == null ? value : source;
                        }
                    }
                    case "title", "headline" -> title = title == null ? value : title;
                    case "published", "date", "dated" -> {
                        String date = Dates.isoDate(value);
                        if (date == null) {
                            return done(title, source, url, published, lines, i);
                        }
                        published = published == null ? date : published;
                    }
                    default -> {
                        // author and byline: who wrote it is not shown, and never a title
                    }
                }
                continue;
            }
            if (BYLINE.matcher(line).matches() && !TextMeasures.endsLikeSentence(line)) {
                continue;
            }
            break;
        }
        return done(title, source, url, published, lines, i);
    }

    private static PasteLabels done(String title, String source, String url, String published, List<String> lines,
            int head) {
        List<String> rest = new ArrayList<>(lines.subList(head, lines.size()));
        if (!rest.isEmpty()) {
            Matcher m = STAMP.matcher(rest.get(0));
            if (m.find()) {
                String date = Dates.isoDate(m.group(2));
                if (date != null) {
                    published = published == null ? date : published;
                    rest.set(0, rest.get(0).substring(m.end()));
                }
            }
        }
        return new PasteLabels(title, source, url, published, rest);
    }

    private static boolean isUrl(String value) {
        return value.length() <= MAX_VALUE && value.matches("(?i)https?://\\S+");
    }
}
