package io.newsdigest.extract;

import java.util.Objects;

/**
 * One block of text as a page lays it out: a paragraph, heading, list item, caption or, for pasted text, one
 * line or paragraph. It is the unit {@link TextBoilerplate} judges, whatever format the article came in.
 *
 * @param text      the block's text, whitespace collapsed, never blank
 * @param linkChars how many of its non-space characters sit inside links (0 when the format has no links)
 * @param kind      what the markup says the block is ({@link Kind#LINE} when there is no markup)
 * @param chrome    the markup already names the block as page chrome (a comment section, a share bar...)
 */
public record Block(String text, int linkChars, Kind kind, boolean chrome) {

    /** What the markup says a block is. */
    public enum Kind { PARAGRAPH, HEADING, TITLE, ITEM, QUOTE, CAPTION, CELL, PREFORMATTED, OTHER, LINE }

    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (linkChars < 0) {
            throw new IllegalArgumentException("linkChars must not be negative: " + linkChars);
        }
    }

    /** A line of pasted text: no markup, no links. */
    public static Block line(String text) {
        return new Block(text, 0, Kind.LINE, false);
    }

    /** Share of the block's visible characters that are link text, from 0 to 1. */
    public double linkDensity() {
        int visible = Prose.visibleChars(text);
        return visible == 0 ? 0 : Math.min(1.0, linkChars / (double) visible);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING || kind == Kind.TITLE;
    }
}
