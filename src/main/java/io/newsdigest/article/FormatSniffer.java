package io.newsdigest.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides an upload's format from its text first and its name second: a file named {@code .html} that holds
 * plain text is read as text, a {@code .txt} file that holds a web page is read as HTML, and a {@code .json} file
 * that does not start like a JSON value is read as what it holds.
 */
public final class FormatSniffer {

    /** How a web page opens, after any comments and whitespace (see {@link #afterComments}). */
    private static final Pattern HTML_START = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<\\?xml[^>]*>\\s*<html",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(p|div|article|section|span|h[1-6]|br|a\\s+href|meta|title|script|table)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_CUES = Pattern.compile(
            "(?m)^(#{1,6} \\S|[*+-] \\S|> \\S|```|---\\s*$)|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|\\*\\*[^*\\n]+\\*\\*");

    /** How much of the text the format is judged from. */
    private static final int HEAD = 8192;

    public Format sniff(String key, String text) {
        String name = key.toLowerCase(Locale.ROOT);
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            if (name.endsWith(".json") || looksLikeJson(trimmed)) {
                return Format.JSON;
            }
        }
        int markup = afterComments(text); // however many comments open the file, its markup is judged
        String markupHead = markup == 0 ? head : text.substring(markup, Math.min(text.length(), markup + HEAD));
        if (HTML_START.matcher(markupHead).lookingAt()) {
            return Format.HTML;
        }
        long tags = HTML_TAG.matcher(markupHead).results().limit(20).count();
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

    /**
     * Where {@code text} goes on after its leading whitespace and comments; a comment ends as HTML ends one (at
     * {@code -->}, and at once in {@code <!-->} and {@code <!--->}). A loop, so any number of comments costs no
     * stack.
     */
    static int afterComments(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (!text.startsWith("<!--", i)) {
                return i;
            }
            int body = i + 4;
            if (text.startsWith(">", body)) {
                i = body + 1;
            } else if (text.startsWith("->", body)) {
                i = body + 2;
            } else {
                int end = text.indexOf("-->", body);
                if (end < 0) {
                    return i;
                }
                i = end + 3;
            }
        }
    }

    private static boolean looksLikeJson(String trimmed) {
        return trimmed.matches("(?s)[\\[{]\\s*(\"|\\{|\\[|\\]|\\}).*");
    }
}
