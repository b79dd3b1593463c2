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
 * <p>The limits hold only if the guard sees the tags the parser sees, so the markup is tokenized as the HTML
 * standard's tokenizer (and jsoup, which parses the page afterwards) does it: comments end where the standard ends
 * them ({@code <!-->}, {@code <!--->}, {@code --!>}, the end of the input), {@code <!x>}, {@code <?x>} and
 * {@code </ x>} are bogus comments up to the next {@code >}, {@code <![CDATA[...]]>} is text, quotes count only
 * where an attribute value starts, and the content of raw-text elements ({@code script} with its escaped states,
 * {@code style}, {@code xmp}, {@code iframe}, {@code noembed}, {@code noframes}), of RCDATA elements
 * ({@code title}, {@code textarea}) and everything after {@code <plaintext>} is text up to the end tag the
 * tokenizer accepts. Which elements switch the tokenizer follows the tree builder where it decides: not inside
 * SVG or MathML (outside their HTML integration points), and inside a {@code select} only {@code script} and
 * {@code textarea}.
 *
 * <p>One pass over the characters, no regular expressions, nothing recursive. Markup within the limits comes back
 * as the very same string. Nesting follows the parsing rules closely enough to count: void elements and elements a
 * sibling closes ({@code <p>}, {@code <li>}, {@code <td>}...) do not nest, {@code <x/>} closes itself (as jsoup
 * does), raw-text elements close at their end tag, and an end tag closes the elements left open inside its element.
 */
public final class MarkupGuard {

    /** How deep elements may nest. */
    public static final int MAX_DEPTH = 512;
    /** How many formatting elements may be open at once. */
    public static final int MAX_OPEN_FORMATTING = 4;
    /** How many elements (start tags) and comments a page may hold. */
    public static final int MAX_TAGS = 200_000;

    /**
     * The markup to parse and what was changed in it; {@code elements} is the number of start tags seen and
     * {@code depth} how deep they nested, before any was dropped.
     */
    public record Guarded(String markup, List<String> issues, int elements, int depth) {
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
    /** Elements that never hold others. */
    private static final Set<String> VOID = Set.of(
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> FORMATTING = Set.of(
            "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u");
    /** Elements whose content is text up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("style", "xmp", "iframe", "noembed", "noframes");
    /** Elements whose content is text (with character references) up to their end tag. */
    private static final Set<String> RCDATA = Set.of("title", "textarea");
    /** Start tags that leave SVG or MathML content for HTML (the standard's list). */
    private static final Set<String> BREAKS_OUT_OF_FOREIGN = Set.of(
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1",
            "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p",
            "pre", "ruby", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var");
    /** Foreign elements whose content is read as HTML again. */
    private static final Set<String> INTEGRATION_POINTS = Set.of(
            "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext");
    /** Elements that stop the parser's search for the element an end tag closes (jsoup's list). */
    private static final Set<String> SPECIAL = Set.of("address", "applet", "area", "article", "aside", "base",
            "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup",
            "command", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
            "iframe", "img", "input", "isindex", "li", "link", "listing", "marquee", "menu", "meta", "nav", "noembed",
            "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "section", "select",
            "style", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul", "wbr",
            "xmp");
    /** Elements an end tag of a special element does not reach past (the default scope). */
    private static final Set<String> SCOPE_BOUNDARIES = Set.of(
            "applet", "caption", "html", "marquee", "object", "table", "td", "th", "template");
    /**
     * How far up the open elements an end tag looks: jsoup looks at most 100 elements up, and holds elements the
     * guard keeps no entry for, so the guard stops earlier and never closes what the parser keeps open.
     */
    private static final int SCOPE_REACH = 50;
    /** jsoup looks for an RCDATA end tag ahead only within its read buffer of this many characters. */
    private static final int LOOKAHEAD = 2048;

    private final String in;
    private final int n;
    private StringBuilder out;
    private int copiedUpTo;
    private final List<String> open = new ArrayList<>();
    /** Per open element: whether it is an SVG or MathML element. */
    private final List<Boolean> foreign = new ArrayList<>();
    private final Map<String, Integer> openByName = new HashMap<>();
    private int openFormatting;
    private final Map<String, Integer> droppedOpen = new HashMap<>();
    private int tags;
    private int elements;
    private int depth;
    private int droppedForDepth;
    private boolean inSelect;
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
            return new Guarded(markup, issues, g.elements, g.depth);
        }
        g.out.append(markup, g.copiedUpTo, g.n);
        return new Guarded(g.out.toString(), issues, g.elements, g.depth);
    }

    // ---- the tokenizer ------------------------------------------------------------------------------------------

    private void scan() throws UnreadableUpload {
        int i = 0;
        while (i < n) {
            int lt = in.indexOf('<', i);
            if (lt < 0) {
                return;
            }
            i = markupAt(lt);
        }
    }

    /** Reads the markup opening with the {@code <} at {@code lt}; returns where the text goes on. */
    private int markupAt(int lt) throws UnreadableUpload {
        if (lt + 1 >= n) {
            return n;
        }
        char c = in.charAt(lt + 1);
        if (c == '!') {
            if (in.startsWith("--", lt + 2)) {
                count();
                return afterComment(lt + 4);
            }
            if (in.regionMatches(true, lt + 2, "doctype", 0, 7)) {
                return afterGreaterThan(lt + 9);
            }
            if (in.startsWith("[CDATA[", lt + 2)) {
                int end = in.indexOf("]]>", lt + 9);
                return end < 0 ? n : end + 3;
            }
            count(); // a bogus comment
            return afterGreaterThan(lt + 2);
        }
        if (c == '?') {
            count();
            return afterGreaterThan(lt + 1);
        }
        if (c == '/') {
            if (lt + 2 >= n) {
                return n;
            }
            char d = in.charAt(lt + 2);
            if (isAsciiLetter(d)) {
                int nameEnd = tagNameEnd(lt + 2);
                Tag tag = attributes(nameEnd);
                if (tag.end < 0) {
                    return n; // cut off inside the tag: no tag at all
                }
                endTag(name(lt + 2, nameEnd), lt, tag.end);
                return tag.end;
            }
            if (d == '>') {
                return lt + 3; // "</>" is ignored
            }
            count();
            return afterGreaterThan(lt + 2);
        }
        if (!isAsciiLetter(c)) {
            return lt + 1; // a "<" that opens nothing is text
        }
        int nameEnd = tagNameEnd(lt + 1);
        Tag tag = attributes(nameEnd);
        if (tag.end < 0) {
            return n;
        }
        String name = name(lt + 1, nameEnd);
        count();
        return startTag(name, tag.selfClosing, lt, tag.end);
    }

    /** Where a tag name starting at {@code from} ends: at whitespace, {@code /} or {@code >}. */
    private int tagNameEnd(int from) {
        int i = from;
        while (i < n) {
            char c = in.charAt(i);
            if (isSpace(c) || c == '/' || c == '>') {
                break;
            }
            i++;
        }
        return i;
    }

    private String name(int from, int to) {
        return in.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** A tag's end: just after its {@code >} (or the input's end for a tag the tokenizer emits there), -1 if none. */
    private record Tag(int end, boolean selfClosing) {
    }

    private static final Tag NONE = new Tag(-1, false);

    /** Reads the attributes from {@code i} (just after the tag name) as the tokenizer's attribute states do. */
    private Tag attributes(int i) {
        final int beforeName = 0;
        final int attributeName = 1;
        final int afterName = 2;
        final int beforeValue = 3;
        final int afterQuoted = 4;
        final int selfClosing = 5;
        final int unquoted = 6;
        int state = beforeName;
        while (true) {
            if (i >= n) {
                return state == beforeValue ? new Tag(n, false) : NONE;
            }
            char c = in.charAt(i);
            switch (state) {
                case beforeName, afterName, afterQuoted -> {
                    if (isSpace(c)) {
                        state = state == afterQuoted ? beforeName : state;
                        i++;
                    } else if (c == '/') {
                        state = selfClosing;
                        i++;
                    } else if (c == '>') {
                        return new Tag(i + 1, false);
                    } else if (state == afterQuoted) {
                        state = beforeName; // read again as the start of an attribute
                    } else if (c == '=' && state == afterName) {
                        state = beforeValue;
                        i++;
                    } else {
                        state = attributeName;
                        i++; // the first character belongs to the name, whatever it is (even " ' = before a name)
                    }
                }
                case attributeName, unquoted -> {
                    if (c == '>') {
                        return new Tag(i + 1, false);
                    }
                    if (isSpace(c)) {
                        state = state == attributeName ? afterName : beforeName;
                    } else if (state == attributeName && c == '/') {
                        state = selfClosing;
                    } else if (state == attributeName && c == '=') {
                        state = beforeValue;
                    }
                    i++;
                }
                case beforeValue -> {
                    if (isSpace(c)) {
                        i++;
                    } else if (c == '"' || c == '\'') {
                        int close = in.indexOf(c, i + 1);
                        if (close < 0) {
                            return NONE;
                        }
                        state = afterQuoted;
                        i = close + 1;
                    } else if (c == '>') {
                        return new Tag(i + 1, false);
                    } else {
                        state = unquoted;
                        i++;
                    }
                }
                default -> { // just after "/"
                    if (c == '>') {
                        return new Tag(i + 1, true);
                    }
                    state = beforeName; // read again
                }
            }
        }
    }

    /** Just after the comment whose text starts at {@code from} (after {@code <!--}), or the input's end. */
    private int afterComment(int from) {
        int i = from;
        // the opening may close at once: "<!-->" and "<!--->"
        if (i < n && in.charAt(i) == '>') {
            return i + 1;
        }
        if (i + 1 < n && in.charAt(i) == '-' && in.charAt(i + 1) == '>') {
            return i + 2;
        }
        while (true) {
            int dash = in.indexOf("--", i);
            if (dash < 0) {
                return n;
            }
            int j = dash + 2;
            while (j < n && in.charAt(j) == '-') {
                j++;
            }
            if (j < n && in.charAt(j) == '>') {
                return j + 1;
            }
            if (j + 1 < n && in.charAt(j) == '!' && in.charAt(j + 1) == '>') {
                return j + 2;
            }
            i = j;
        }
    }

    /** Just after the next {@code >} from {@code from}, or the input's end. */
    private int afterGreaterThan(int from) {
        int gt = in.indexOf('>', Math.min(from, n));
        return gt < 0 ? n : gt + 1;
    }

    /** Just after the end tag that closes raw text or RCDATA opened by {@code name}, from {@code from}. */
    private int afterRawText(String name, int from, boolean rcdata) {
        int i = from;
        while (true) {
            int lt = in.indexOf('<', i);
            if (lt < 0) {
                return n;
            }
            i = lt + 1;
            if (lt + 1 < n && in.charAt(lt + 1) == '/') {
                int end = endTagOfRawText(name, lt, !rcdata);
                if (end >= 0) {
                    return end;
                }
                i = -end - 1;
            } else if (rcdata && lt + 1 < n && isAsciiLetter(in.charAt(lt + 1)) && n - lt <= LOOKAHEAD
                    && !containsIgnoreCase("</" + name, lt)) {
                return lt; // jsoup: no end tag ahead, so the element ends here and the tag is read as markup
            }
        }
    }

    /**
     * If {@code </name} at {@code lt} is an end tag the tokenizer accepts, just after it; otherwise
     * {@code -1 - p}, where {@code p} is where the text goes on: after the letters read, and after the character
     * that followed them when that character ended the check ({@code consumes}: raw text and script data do that,
     * RCDATA reads it again).
     */
    private int endTagOfRawText(String name, int lt, boolean consumes) {
        int nameStart = lt + 2;
        if (nameStart >= n || !isAsciiLetter(in.charAt(nameStart))) {
            return -1 - nameStart;
        }
        int i = nameStart;
        while (i < n && Character.isLetter(in.charAt(i))) {
            i++;
        }
        if (i - nameStart != name.length() || !in.regionMatches(true, nameStart, name, 0, name.length()) || i >= n) {
            return -1 - i;
        }
        char c = in.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if (isSpace(c) || c == '/') {
            Tag tag = attributes(c == '/' ? i : i + 1);
            return tag.end < 0 ? n : tag.end;
        }
        return -1 - (consumes ? i + 1 : i);
    }

    /**
     * Just after the end of a script's content from {@code from}: the standard's script data states. After
     * {@code <!--} the content is "escaped": a {@code <script} there (lower case, as jsoup compares it) makes a
     * following {@code </script>} end only that inner mention, and {@code -->} ends the escaping.
     */
    private int afterScript(int from) {
        final int data = 0;
        final int escaped = 1;
        final int doubleEscaped = 2;
        int state = data;
        int dashes = 0;
        int i = from;
        while (i < n) {
            if (state == data) {
                // only a '<' can end the data state: jump to the next one rather than read every character
                i = in.indexOf('<', i);
                if (i < 0) {
                    return n;
                }
                if (in.startsWith("<!--", i)) {
                    state = escaped;
                    dashes = 2;
                    i += 4;
                    continue;
                }
                if (i + 1 < n && in.charAt(i + 1) == '/') {
                    int end = endTagOfRawText("script", i, true);
                    if (end >= 0) {
                        return end;
                    }
                    i = -end - 1;
                    continue;
                }
                i++;
                continue;
            }
            char c = in.charAt(i);
            if (c == '-') {
                dashes++;
                i++;
                continue;
            }
            if (c == '>' && dashes >= 2) {
                state = data;
                dashes = 0;
                i++;
                continue;
            }
            dashes = 0;
            if (c == '<' && i + 1 < n) {
                char d = in.charAt(i + 1);
                if (state == escaped && d == '/') {
                    int end = endTagOfRawText("script", i, true);
                    if (end >= 0) {
                        return end;
                    }
                    i = -end - 1;
                    continue;
                } else if (state == escaped && isAsciiLetter(d) && isScriptWord(i + 1)) {
                    state = doubleEscaped;
                    i += 7;
                    continue;
                } else if (state == doubleEscaped && d == '/' && isScriptWord(i + 2)) {
                    state = escaped;
                    i += 8;
                    continue;
                }
            }
            i++;
        }
        return n;
    }

    /**
     * Whether the letters at {@code at} are exactly "script" (lower case: jsoup compares as written), followed by
     * whitespace, {@code /} or {@code >}.
     */
    private boolean isScriptWord(int at) {
        int end = at;
        while (end < n && Character.isLetter(in.charAt(end))) {
            end++;
        }
        if (end - at != 6 || !in.startsWith("script", at) || end >= n) {
            return false;
        }
        char c = in.charAt(end);
        return isSpace(c) || c == '/' || c == '>';
    }

    private boolean containsIgnoreCase(String seq, int from) {
        int last = n - seq.length();
        for (int i = from; i <= last; i++) {
            if (in.regionMatches(true, i, seq, 0, seq.length())) {
                return true;
            }
        }
        return false;
    }

    // ---- the tree: what nests ------------------------------------------------------------------------------------

    private void count() throws UnreadableUpload {
        if (++tags > MAX_TAGS) {
            throw new UnreadableUpload("more than " + MAX_TAGS + " HTML tags; too many to be one article");
        }
    }

    /** Handles a start tag spanning [{@code from}, {@code to}); returns where the text goes on after it. */
    private int startTag(String name, boolean selfClosing, int from, int to) {
        elements++;
        depth = Math.max(depth, open.size() + 1);
        boolean inForeign = !open.isEmpty() && foreign.get(open.size() - 1)
                && !INTEGRATION_POINTS.contains(open.get(open.size() - 1));
        if (inForeign && !BREAKS_OUT_OF_FOREIGN.contains(name)) {
            if (!selfClosing) {
                push(name, true, from, to);
            }
            return to;
        }
        if (name.equals("plaintext")) {
            return n; // everything after it is text
        }
        if (name.equals("select")) {
            inSelect = !selfClosing && !inSelect; // a select inside a select closes it
        } else if (inSelect && (name.equals("textarea") || name.equals("input") || name.equals("keygen"))) {
            inSelect = false;
        }
        if (name.equals("script")) {
            return selfClosing ? to : afterScript(to);
        }
        if (!selfClosing && (RCDATA.contains(name) && (!inSelect || name.equals("textarea"))
                || RAW_TEXT.contains(name) && !inSelect)) {
            return afterRawText(name, to, RCDATA.contains(name));
        }
        if (selfClosing || VOID.contains(name) || FLAT.contains(name) && !inForeign) {
            return to; // an HTML element breaking out of SVG or MathML holds what follows, whatever it is
        }
        push(name, name.equals("svg") || name.equals("math"), from, to);
        return to;
    }

    private void push(String name, boolean isForeign, int from, int to) {
        boolean formatting = !isForeign && FORMATTING.contains(name);
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
        foreign.add(isForeign);
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
        if (name.equals("select")) {
            inSelect = false;
        }
        if (!openByName.containsKey(name)) {
            return; // a stray end tag: the parser ignores it too
        }
        int at = open.lastIndexOf(name);
        if (open.size() - 1 - at >= SCOPE_REACH) {
            return; // jsoup looks no further for it (and so the guard closes nothing it might keep open)
        }
        if (!FORMATTING.contains(name) && !name.equals("a") && !name.equals("nobr")) {
            boolean special = SPECIAL.contains(name);
            for (int k = open.size() - 1; k > at; k--) {
                String above = open.get(k);
                if (foreign.get(k)) {
                    continue;
                }
                if (special ? SCOPE_BOUNDARIES.contains(above) : SPECIAL.contains(above)) {
                    return; // out of scope, or a special element stands in the way: the parser ignores it
                }
            }
        }
        for (int k = open.size() - 1; k >= at; k--) {
            String closed = open.remove(k);
            boolean wasForeign = foreign.remove(k);
            openByName.computeIfPresent(closed, (key, count) -> count == 1 ? null : count - 1);
            if (!wasForeign && FORMATTING.contains(closed)) {
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

    /** Whitespace as the HTML tokenizer knows it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
