package io.newsdigest.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps markup within the shape an HTML parser builds in time linear in its length, before any parser sees it.
 *
 * <p>Three limits, none of which a saved news page comes near: elements nest at most {@value #MAX_DEPTH} deep
 * (browsers stop at 512 as well); at most {@value #MAX_OPEN_FORMATTING} formatting elements ({@code <b>},
 * {@code <font>}...) are left open at once, since a parser re-opens every one of them in each new paragraph;
 * and a page has at most {@value #MAX_TAGS} start tags and comments. A start tag beyond the first two limits is
 * dropped together with its end tag, and its text stays where it was; a page over the third is refused.
 *
 * <p>One pass over the characters, no regular expressions, nothing recursive. Markup within the limits comes
 * back as the very same string. Tag names and nesting follow the HTML parsing rules closely enough to count:
 * void elements and elements a sibling closes ({@code <p>}, {@code <li>}, {@code <td>}...) do not nest,
 * {@code <x/>} closes itself, script and style content is not markup, and an end tag closes the elements left
 * open inside its element.
 */
public final class MarkupGuard {

    /** How deep elements may nest. */
    public static final int MAX_DEPTH = 512;
    /** How many formatting elements may be open at once. */
    public static final int MAX_OPEN_FORMATTING = 4;
    /** How many elements (start tags) and comments a page may hold. */
    public static final int MAX_TAGS = 200_000;

    /** The markup to parse and what was changed in it. */
    public record Guarded(String markup, List<String> issues) {
        public Guarded {
            issues = List.copyOf(issues);
        }
    }

    /** Elements that never hold others, or that the next of their kind closes: they add no depth. */
    private static final Set<String> FLAT = Set.of(
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr",
            "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
            "caption", "rb", "rt", "rtc", "rp", "html", "head", "body", "a", "button", "select", "form", "nobr");
    private static final Set<String> FORMATTING = Set.of(
            "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u");
    /** Elements whose content is text up to their end tag, never markup. */
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    private final String in;
    private final int n;
    private StringBuilder out;
    private int copiedUpTo;
    private final List<String> open = new ArrayList<>();
    private final Map<String, Integer> openByName = new HashMap<>();
    private int openFormatting;
    private final Map<String, Integer> droppedOpen = new HashMap<>();
    private int tags;
    private int droppedForDepth;
    private int droppedFormatting;

    private MarkupGuard(String markup) {
        this.in = markup;
        this.n = markup.length();
    }

    /**
     * Returns {@code markup} within the limits, with an issue for each kind of change made.
     *
     * @throws UnreadableUpload when the markup holds more than {@value #MAX_TAGS} start tags and comments
     */
    public static Guarded guard(String markup) throws UnreadableUpload {
        MarkupGuard g = new MarkupGuard(markup);
        g.scan();
        List<String> issues = new ArrayList<>();
        if (g.droppedForDepth > 0) {
            issues.add("markup nested deeper than " + MAX_DEPTH + " levels; " + g.droppedForDepth
                    + " inner tags ignored, their text kept");
        }
        if (g.droppedFormatting > 0) {
            issues.add("more than " + MAX_OPEN_FORMATTING + " formatting tags left open; " + g.droppedFormatting
                    + " of them ignored, their text kept");
        }
        if (g.out == null) {
            return new Guarded(markup, issues);
        }
        g.out.append(markup, g.copiedUpTo, g.n);
        return new Guarded(g.out.toString(), issues);
    }

    private void scan() throws UnreadableUpload {
        int i = 0;
        while (i < n) {
            int lt = in.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            char c = in.charAt(lt + 1);
            if (c == '!' || c == '?') {
                count();
                int end = in.startsWith("!--", lt + 1) ? in.indexOf("-->", lt + 4) : in.indexOf('>', lt + 2);
                if (end < 0) {
                    return; // an unterminated comment runs to the end
                }
                i = end + (in.charAt(end) == '>' ? 1 : 3);
                continue;
            }
            boolean closing = c == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= n || !isAsciiLetter(in.charAt(nameStart))) {
                i = lt + 1; // a lone "<" is text
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(in.charAt(nameEnd))) {
                nameEnd++;
            }
            int gt = endOfTag(nameEnd);
            if (gt < 0) {
                return; // an unterminated tag at the end is no element
            }
            String name = in.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            i = gt + 1;
            if (closing) {
                endTag(name, lt, i);
            } else {
                count();
                boolean selfClosing = in.charAt(gt - 1) == '/';
                startTag(name, selfClosing, lt, i);
                if (RAW_TEXT.contains(name) && !selfClosing) {
                    i = endOfRawText(name, i);
                }
            }
        }
    }

    private void count() throws UnreadableUpload {
        if (++tags > MAX_TAGS) {
            throw new UnreadableUpload("more than " + MAX_TAGS + " HTML tags; too many to be one article");
        }
    }

    private void startTag(String name, boolean selfClosing, int from, int to) {
        if (selfClosing || FLAT.contains(name)) {
            return;
        }
        boolean formatting = FORMATTING.contains(name);
        if (open.size() >= MAX_DEPTH || (formatting && openFormatting >= MAX_OPEN_FORMATTING)) {
            if (formatting && open.size() < MAX_DEPTH) {
                droppedFormatting++;
            } else {
                droppedForDepth++;
            }
            droppedOpen.merge(name, 1, Integer::sum);
            drop(from, to);
            return;
        }
        open.add(name);
        openByName.merge(name, 1, Integer::sum);
        if (formatting) {
            openFormatting++;
        }
    }

    private void endTag(String name, int from, int to) {
        Integer dropped = droppedOpen.get(name);
        if (dropped != null) {
            if (dropped == 1) {
                droppedOpen.remove(name);
            } else {
                droppedOpen.put(name, dropped - 1);
            }
            drop(from, to);
            return;
        }
        if (!openByName.containsKey(name)) {
            return; // a stray end tag: the parser ignores it too
        }
        int at = open.lastIndexOf(name);
        for (int k = open.size() - 1; k >= at; k--) {
            String closed = open.remove(k);
            openByName.computeIfPresent(closed, (key, count) -> count == 1 ? null : count - 1);
            if (FORMATTING.contains(closed)) {
                openFormatting--;
            }
        }
    }

    private void drop(int from, int to) {
        if (out == null) {
            out = new StringBuilder(n);
        }
        out.append(in, copiedUpTo, from);
        copiedUpTo = to;
    }

    /** The {@code >} ending a tag whose name ends at {@code from}; quotes count only around attribute values. */
    private int endOfTag(int from) {
        int i = from;
        while (i < n) {
            char c = in.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '=') {
                i++;
                while (i < n && Character.isWhitespace(in.charAt(i))) {
                    i++;
                }
                if (i < n && (in.charAt(i) == '"' || in.charAt(i) == '\'')) {
                    int close = in.indexOf(in.charAt(i), i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    i = close + 1;
                }
                continue;
            }
            i++;
        }
        return -1;
    }

    /** Just after the end tag of raw-text element {@code name}, or the end of the input. */
    private int endOfRawText(String name, int from) {
        int i = from;
        while (true) {
            int lt = in.indexOf("</", i);
            if (lt < 0) {
                return n;
            }
            int nameEnd = lt + 2 + name.length();
            if (in.regionMatches(true, lt + 2, name, 0, name.length())
                    && (nameEnd >= n || !isNameChar(in.charAt(nameEnd)))) {
                int gt = in.indexOf('>', nameEnd);
                return gt < 0 ? n : gt + 1;
            }
            i = lt + 2;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return !(Character.isWhitespace(c) || c == '/' || c == '>');
    }
}
