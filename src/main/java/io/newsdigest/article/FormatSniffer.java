package io.newsdigest.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides an upload's format from its text first and its name second: a file named {@code .html} that holds
 * plain text is read as text, a {@code .txt} file that holds a web page is read as HTML, and a {@code .json} file
 * that does not start like a JSON value is read as what it holds.
 */
public final class FormatSniffer {

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<\\?xml[^>]*>\\s*<html)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(p|div|article|section|span|h[1-6]|br|a\\s+href|meta|title|script|table)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_CUES = Pattern.compile(
            "(?m)^(#{1,6} \\S|[*+-] \\S|> \\S|```|---\\s*$)|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|\\*\\*[^*\\n]+\\*\\*");

    public Format sniff(String key, String text) {
        String name = key.toLowerCase(Locale.ROOT);
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            if (name.endsWith(".json") || looksLikeJson(trimmed)) {
                return Format.JSON;
            }
        }
        if (HTML_START.matcher(head).lookingAt()) {
            return Format.HTML;
        }
        long tags = HTML_TAG.matcher(head).results().limit(20).count();
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown");
        if (markdownName) {
            return Format.MARKDOWN;
        }
        if (tags >= 3 || (htmlName && tags >= 1)) {
            return Format.HTML;
        }
        if (name.endsWith(".json") && (trimmed.startsWith("\"") || trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Format.JSON; // a .json file that starts like no JSON value is read for what it holds
        }
        if (MARKDOWN_CUES.matcher(head).results().limit(3).count() >= 3) {
            return Format.MARKDOWN;
        }
        return Format.TEXT;
    }

    private static boolean looksLikeJson(String trimmed) {
        return trimmed.matches("(?s)[\\[{]\\s*(\"|\\{|\\[|\\]|\\}).*");
    }
}
