package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a Markdown article: optional front matter ({@code title}, {@code source}, {@code url}, {@code date}),
 * the first level-one heading as title, markup removed from the text, inline HTML reduced to its text.
 */
public final class MarkdownExtractor {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([*+-]|\\d{1,3}[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("\\s*#{1,6}\\s+.*");
    private static final Pattern HEADING_MARK = Pattern.compile("\\s*#{1,6}\\s+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s*#+\\s*$");
    private static final Pattern RULE = Pattern.compile("\\s*([-*_]\\s*){3,}");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*>\\s?");

    public Extraction extract(String text) {
        List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        Map<String, String> front = frontMatter(lines);
        String title = front.get("title");
        List<String> cleaned = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            String l = line;
            if (HEADING.matcher(l).matches()) {
                String heading = CLOSING_HASHES.matcher(HEADING_MARK.matcher(l).replaceFirst("")).replaceAll("");
                if (title == null && l.strip().startsWith("# ")) {
                    title = inline(heading);
                    continue;
                }
                cleaned.add("");
                cleaned.add(inline(heading));
                cleaned.add("");
                continue;
            }
            if (RULE.matcher(l).matches()) {
                cleaned.add("");
                continue;
            }
            l = QUOTE_MARK.matcher(l).replaceFirst("");
            boolean item = LIST_MARK.matcher(l).find();
            l = LIST_MARK.matcher(l).replaceFirst("");
            if (item) {
                cleaned.add("");
            }
            cleaned.add(inline(l));
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String l : cleaned) {
            if (l.isBlank()) {
                flush(current, blocks);
            } else {
                current.append(current.length() > 0 ? " " : "").append(l.strip());
            }
        }
        flush(current, blocks);
        return new Extraction(title, front.get("source"), front.get("url"), Dates.isoDate(front.get("date")),
                null, TextBoilerplate.clean(blocks), List.of());
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (current.length() > 0) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }

    private static String inline(String s) {
        String t = s.indexOf('<') >= 0 ? Jsoup.parse(s).text() : s;
        t = IMAGE.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = EMPHASIS.matcher(t).replaceAll("$2");
        return t;
    }

    /** Removes a leading {@code ---} block of {@code key: value} lines and returns its values. */
    private static Map<String, String> frontMatter(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return out;
        }
        for (int i = 1; i < lines.size() && i < 50; i++) {
            String l = lines.get(i).strip();
            if (l.equals("---")) {
                lines.subList(0, i + 1).clear();
                return out;
            }
            int colon = l.indexOf(':');
            if (colon > 0) {
                String value = l.substring(colon + 1).strip().replaceAll("^[\"']|[\"']$", "");
                String k = l.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                out.put(k.equals("published") ? "date" : k, value.isEmpty() ? null : value);
            }
        }
        out.clear();
        return out;
    }
}
