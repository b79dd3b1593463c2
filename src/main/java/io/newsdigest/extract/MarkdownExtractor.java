package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a Markdown article: optional front matter ({@code title}, {@code source}, {@code url}, {@code date}),
 * the first level-one heading as title, markup removed from the text, inline HTML reduced to its text.
 */
public final class MarkdownExtractor {

    // Each pattern stops at the next opening delimiter, so a long line of unclosed ones costs linear time.
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\[\\]]*\\]\\([^()]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*([^*\\s](?:[^*]*?[^*\\s])?)\\*\\*"
            + "|__([^_\\s](?:[^_]*?[^_\\s])?)__|\\*([^*\\s](?:[^*]*?[^*\\s])?)\\*|`([^`\\s](?:[^`]*?[^`\\s])?)`");
    private static final List<String> HIDDEN_ELEMENTS = List.of("script", "style");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([*+-]|\\d{1,3}[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("\\s*#{1,6}\\s+.*");
    private static final Pattern HEADING_MARK = Pattern.compile("\\s*#{1,6}\\s+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s*#+\\s*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*>\\s?");

    public Extraction extract(String text) {
        String visible = withoutHiddenHtml(text);
        List<String> lines = new ArrayList<>(visible.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        Map<String, String> front = frontMatter(lines);
        PasteLabels labels = PasteLabels.read(lines);
        String title = front.getOrDefault("title", labels.title());
        List<String> cleaned = new ArrayList<>();
        boolean inFence = false;
        for (String line : labels.lines()) {
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
            if (isRule(l)) {
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
        if (title != null && PageChrome.cannotBeTitle(TextMeasures.collapse(title))) {
            title = null;
        }
        String date = Dates.isoDate(front.get("date"));
        return new Extraction(title, front.getOrDefault("source", labels.source()),
                front.getOrDefault("url", labels.url()), date != null ? date : labels.published(), null,
                TextBoilerplate.clean(blocks), List.of());
    }

    /**
     * A thematic break: three or more of {@code -}, {@code *}, {@code _}, with only whitespace around and between
     * them. A loop: a rule of any length costs no stack.
     */
    static boolean isRule(String line) {
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '*' || c == '_') {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3;
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
        t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(firstGroup(m)));
        return t;
    }

    private static String firstGroup(MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    /**
     * Script and style elements and HTML comments removed whole, across lines: their content is never article
     * text. One pass; an unclosed one runs to the end, as in a browser.
     */
    static String withoutHiddenHtml(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = text.indexOf('<');
        while (i >= 0) {
            int end = -1;
            if (text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                end = close < 0 ? n : close + 3;
            } else {
                for (String tag : HIDDEN_ELEMENTS) {
                    int after = i + 1 + tag.length();
                    if (text.regionMatches(true, i + 1, tag, 0, tag.length())
                            && (after >= n || !Character.isLetterOrDigit(text.charAt(after)))) {
                        int close = indexOfEndTag(text, tag, after);
                        int gt = close < 0 ? -1 : text.indexOf('>', close);
                        end = gt < 0 ? n : gt + 1;
                        break;
                    }
                }
            }
            if (end < 0) {
                i = text.indexOf('<', i + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i);
            if (text.substring(i, end).indexOf('\n') >= 0) {
                out.append('\n');
            }
            copied = end;
            i = end < n ? text.indexOf('<', end) : -1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static int indexOfEndTag(String text, String tag, int from) {
        int i = text.indexOf("</", from);
        while (i >= 0 && !text.regionMatches(true, i + 2, tag, 0, tag.length())) {
            i = text.indexOf("</", i + 2);
        }
        return i;
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
