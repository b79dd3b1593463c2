package io.newsdigest.extract;

import java.util.Objects;

/**
 * One block of text as a page lays it out: a paragraph, heading, list item, caption or, for pasted text, one
 * line or paragraph. It is the unit {@link TextBoilerplate} judges, whatever format the article came in.
 *
 * <p>A value: its measures ({@link #weight()}, {@link #words()}, its link density, its {@link #key()}) and the
 * judgement {@link TextBoilerplate} makes of it without a title are computed once, when first asked for, since the
 * extraction asks for them again and again.
 */
public final class Block {

    /** What the markup says a block is. */
    public enum Kind { PARAGRAPH, HEADING, TITLE, ITEM, QUOTE, CAPTION, CELL, PREFORMATTED, OTHER, LINE }

    private final String text;
    private final int linkChars;
    private final Kind kind;
    private final boolean chrome;
    private int visibleChars = -1;
    private int weight = -1;
    private int words = -1;
    private String key;
    /** {@link TextBoilerplate}'s verdict on the block without a title; null until it is asked for. */
    TextBoilerplate.Verdict untitled;

    /**
     * @param text      the block's text, whitespace collapsed, never blank
     * @param linkChars how many of its non-space characters sit inside links (0 when the format has no links)
     * @param kind      what the markup says the block is ({@link Kind#LINE} when there is no markup)
     * @param chrome    the markup already names the block as page chrome (a comment section, a share bar...)
     */
    public Block(String text, int linkChars, Kind kind, boolean chrome) {
        this.text = Objects.requireNonNull(text, "text");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (linkChars < 0) {
            throw new IllegalArgumentException("linkChars must not be negative: " + linkChars);
        }
        this.linkChars = linkChars;
        this.chrome = chrome;
    }

    /** A line of pasted text: no markup, no links. */
    public static Block line(String text) {
        return new Block(text, 0, Kind.LINE, false);
    }

    public String text() {
        return text;
    }

    public int linkChars() {
        return linkChars;
    }

    public Kind kind() {
        return kind;
    }

    public boolean chrome() {
        return chrome;
    }

    /** The same block, named as page chrome. */
    Block asChrome() {
        Block b = new Block(text, linkChars, kind, true);
        b.visibleChars = visibleChars;
        b.weight = weight;
        b.words = words;
        b.key = key;
        return b;
    }

    /** Share of the block's visible characters that are link text, from 0 to 1. */
    public double linkDensity() {
        if (visibleChars < 0) {
            visibleChars = TextMeasures.visibleChars(text);
        }
        return visibleChars == 0 ? 0 : Math.min(1.0, linkChars / (double) visibleChars);
    }

    /** {@link TextMeasures#weight} of the text. */
    int weight() {
        if (weight < 0) {
            weight = TextMeasures.weight(text);
        }
        return weight;
    }

    /** {@link TextMeasures#words} of the text. */
    int words() {
        if (words < 0) {
            words = TextMeasures.words(text);
        }
        return words;
    }

    /** {@link TextBoilerplate#key} of the text: what repeats of it and the headline are found by. */
    String key() {
        if (key == null) {
            key = TextBoilerplate.key(text);
        }
        return key;
    }

    public boolean isHeading() {
        return kind == Kind.HEADING || kind == Kind.TITLE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && text.equals(b.text) && linkChars == b.linkChars && kind == b.kind
                && chrome == b.chrome;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, linkChars, kind, chrome);
    }

    @Override
    public String toString() {
        return "Block[text=" + text + ", linkChars=" + linkChars + ", kind=" + kind + ", chrome=" + chrome + "]";
    }
}
