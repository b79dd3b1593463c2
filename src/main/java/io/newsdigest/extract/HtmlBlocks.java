package io.newsdigest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of a page cut into {@link Block}s in reading order, and for every block-level element the
 * run of blocks it holds (a {@link Region}), children listed before their parents.
 *
 * <p>One iterative walk over the DOM (no recursion, so any nesting depth is fine). Scripts, styles, forms
 * controls, embedded media and hidden elements are skipped whole. A block ends wherever a block-level
 * element starts or ends, and at {@code <br>}.
 */
final class HtmlBlocks {

    /** The blocks an element holds: {@code blocks[start, end)}. */
    record Region(Element element, int start, int end, ElementNames.Hint hint) {
    }

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "map", "select", "option", "button", "input", "textarea", "head", "link", "meta",
            "datalist", "dialog", "frameset", "frame", "title");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "picture");

    private final List<Block> blocks = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();

    private HtmlBlocks() {
    }

    /** Walks {@code root} once. */
    static HtmlBlocks of(Element root) {
        HtmlBlocks page = new HtmlBlocks();
        NodeTraversor.filter(page.new Walker(), root);
        return page;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Every block-level element that was walked, each after all of its descendants. */
    List<Region> regions() {
        return regions;
    }

    /** Skips what a reader never sees: hidden attributes and styles. */
    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean isBlock(Element e) {
        String tag = e.normalName();
        return BLOCK_TAGS.contains(tag);
    }

    private final class Walker implements NodeFilter {
        private final StringBuilder text = new StringBuilder();
        private final Deque<Element> open = new ArrayDeque<>();
        private final Deque<Integer> starts = new ArrayDeque<>();
        private final Deque<ElementNames.Hint> hints = new ArrayDeque<>();
        private final ElementNames names = new ElementNames();
        private int linkChars;
        private int inLink;
        private int inHeading;
        private int inTitle;
        private int inCaption;
        private int inQuote;
        private int inItem;
        private int inCell;
        private int inPre;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (inLink > 0) {
                    linkChars += TextMeasures.visibleChars(s);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || hidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br") || tag.equals("hr")) {
                flush();
                return FilterResult.CONTINUE;
            }
            count(tag, 1);
            if (isBlock(e)) {
                flush();
                open.push(e);
                starts.push(blocks.size());
                hints.push(names.of(e));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (isBlock(e) && !open.isEmpty() && open.peek() == e) {
                flush();
                open.pop();
                regions.add(new Region(e, starts.pop(), blocks.size(), hints.pop()));
            }
            count(e.normalName(), -1);
            return FilterResult.CONTINUE;
        }

        private void count(String tag, int delta) {
            switch (tag) {
                case "a" -> inLink += delta;
                case "h1" -> {
                    inTitle += delta;
                    inHeading += delta;
                }
                case "h2", "h3", "h4", "h5", "h6" -> inHeading += delta;
                case "figcaption", "caption", "figure" -> inCaption += delta;
                case "blockquote" -> inQuote += delta;
                case "li", "dd", "dt" -> inItem += delta;
                case "td", "th" -> inCell += delta;
                case "pre" -> inPre += delta;
                default -> {
                }
            }
        }

        private void flush() {
            if (text.length() == 0) {
                return;
            }
            String t = TextMeasures.collapse(text.toString());
            text.setLength(0);
            int links = linkChars;
            linkChars = 0;
            if (t.isEmpty()) {
                return;
            }
            blocks.add(new Block(t, Math.min(links, TextMeasures.visibleChars(t)), kind(), false));
        }

        private Block.Kind kind() {
            if (inTitle > 0) {
                return Block.Kind.TITLE;
            }
            if (inHeading > 0) {
                return Block.Kind.HEADING;
            }
            if (inCaption > 0) {
                return Block.Kind.CAPTION;
            }
            if (inPre > 0) {
                return Block.Kind.PREFORMATTED;
            }
            if (inQuote > 0) {
                return Block.Kind.QUOTE;
            }
            if (inItem > 0) {
                return Block.Kind.ITEM;
            }
            if (inCell > 0) {
                return Block.Kind.CELL;
            }
            Element owner = open.peek();
            return owner != null && owner.normalName().equals("p") ? Block.Kind.PARAGRAPH : Block.Kind.OTHER;
        }
    }
}
