package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element of a page that holds the article: the one whose prose outweighs its chrome by the most.
 *
 * <p>Every block weighs in for the article with its running prose (the text outside links) and against it
 * with its link text. The element with the greatest balance wins; among equals the innermost. Readers'
 * comments, when named as such, always weigh against.
 *
 * <p>Class and id names are read only inside that element, because layouts name wrappers after what sits
 * beside the article ("pg-rail-tall", "widget-container", "has-sidebar"). Inside it, an element named as
 * chrome (sharing, related links, a byline...) marks its blocks as chrome, unless it holds most of the
 * element's prose, which makes it a wrapper. The search then settles on the best element inside, now that
 * its chrome is known. Prefix sums make each element's balance one subtraction, so all of it is linear in
 * the size of the page.
 */
final class BodyLocator {

    /** An element holding at least this share of the article element's prose is a wrapper, whatever its name. */
    private static final double WRAPPER_SHARE = 0.5;

    /** An element holding at least this share of the page's prose is a wrapper, whatever its name. */
    private static final double PAGE_WRAPPER_SHARE = 0.5;

    /** A teaser card holds at most this many blocks... */
    private static final int TEASER_BLOCKS = 6;

    /** ...and at most this much prose. */
    private static final long TEASER_PROSE = 500;

    private BodyLocator() {
    }

    /** The blocks of the article's element, those named as chrome flagged; all blocks when nothing stands out. */
    static List<Block> articleBlocks(HtmlBlocks page) {
        List<Block> blocks = page.blocks();
        List<HtmlBlocks.Region> regions = page.regions();
        int n = blocks.size();
        long[] weight = new long[n];
        long[] links = new long[n];
        long[] prose = new long[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            weight[i] = b.weight();
            links[i] = Math.round(weight[i] * b.linkDensity());
            prose[i] = TextBoilerplate.proseWeight(b);
        }
        long pageProse = 0;
        for (long p : prose) {
            pageProse += p;
        }
        int[] chrome = new int[n + 1];
        for (HtmlBlocks.Region r : regions) {
            if (r.hint() == ElementNames.Hint.DISCUSSION || isTeaser(r, blocks, prose, pageProse)) {
                chrome[r.start()]++;
                chrome[r.end()]--;
            }
        }
        boolean[] isChrome = open(chrome);
        long[] pageSums = new long[n + 1];
        for (int i = 0; i < n; i++) {
            pageSums[i + 1] = pageSums[i] + (isChrome[i] ? 0 : prose[i]);
        }
        int[] sides = chrome.clone();
        for (HtmlBlocks.Region r : regions) {
            if (r.hint() == ElementNames.Hint.CHROME
                    && pageSums[r.end()] - pageSums[r.start()] < PAGE_WRAPPER_SHARE * pageSums[n]) {
                sides[r.start()]++;
                sides[r.end()]--;
            }
        }
        HtmlBlocks.Region outer = best(regions, balance(weight, links, prose, open(sides)), null);
        if (outer == null) {
            return blocks;
        }
        long[] proseSums = new long[n + 1];
        for (int i = 0; i < n; i++) {
            proseSums[i + 1] = proseSums[i] + (isChrome[i] ? 0 : prose[i]);
        }
        long outerProse = proseSums[outer.end()] - proseSums[outer.start()];
        for (HtmlBlocks.Region r : regions) {
            if (r.hint() == ElementNames.Hint.CHROME && within(r, outer)
                    && proseSums[r.end()] - proseSums[r.start()] < WRAPPER_SHARE * outerProse) {
                chrome[r.start()]++;
                chrome[r.end()]--;
            }
        }
        isChrome = open(chrome);
        HtmlBlocks.Region inner = best(regions, balance(weight, links, prose, isChrome), outer);
        HtmlBlocks.Region chosen = inner == null ? outer : inner;
        List<Block> article = new ArrayList<>(chosen.end() - chosen.start());
        for (int i = chosen.start(); i < chosen.end(); i++) {
            Block b = blocks.get(i);
            article.add(isChrome[i] ? b.asChrome() : b);
        }
        return article;
    }

    /**
     * A teaser card for another article: a handful of blocks opened by a linked headline (maybe under a kicker
     * line), with a short summary that is a small part of the page's prose.
     */
    private static boolean isTeaser(HtmlBlocks.Region r, List<Block> blocks, long[] prose, long pageProse) {
        int size = r.end() - r.start();
        if (size < 2 || size > TEASER_BLOCKS) {
            return false;
        }
        int headline = -1;
        for (int i = r.start(); i < r.start() + 2 && i < r.end() && headline < 0; i++) {
            Block b = blocks.get(i);
            if (b.linkDensity() >= 0.7 && (b.isHeading() || b.kind() == Block.Kind.ITEM
                    || r.element().normalName().equals("li"))) {
                headline = i;
            }
        }
        if (headline < 0) {
            return false;
        }
        long summary = 0;
        for (int i = headline + 1; i < r.end(); i++) {
            summary += prose[i];
        }
        return summary > 0 && summary < TEASER_PROSE && summary * 4 < pageProse;
    }

    /** Prefix sums of each block's weight: prose for the article, links and chrome against it. */
    private static long[] balance(long[] weight, long[] links, long[] prose, boolean[] chrome) {
        long[] sums = new long[weight.length + 1];
        for (int i = 0; i < weight.length; i++) {
            long w = chrome[i] ? -weight[i] : prose[i] > 0 ? prose[i] - links[i] * prose[i] / weight[i]
                    : (weight[i] - links[i]) / 3 - links[i];
            sums[i + 1] = sums[i] + w;
        }
        return sums;
    }

    /** The region with the greatest positive balance, among those within {@code bounds} when given. */
    private static HtmlBlocks.Region best(List<HtmlBlocks.Region> regions, long[] balance, HtmlBlocks.Region bounds) {
        HtmlBlocks.Region best = null;
        long bestScore = 0;
        for (HtmlBlocks.Region r : regions) {
            if (bounds != null && !within(r, bounds)) {
                continue;
            }
            long score = balance[r.end()] - balance[r.start()];
            if (score > bestScore) {
                bestScore = score;
                best = r;
            }
        }
        return best;
    }

    /** Which blocks lie inside at least one of the ranges counted into {@code starts} (+1 at start, -1 at end). */
    private static boolean[] open(int[] starts) {
        boolean[] inside = new boolean[starts.length - 1];
        int depth = 0;
        for (int i = 0; i < inside.length; i++) {
            depth += starts[i];
            inside[i] = depth > 0;
        }
        return inside;
    }

    private static boolean within(HtmlBlocks.Region r, HtmlBlocks.Region bounds) {
        return bounds.start() <= r.start() && r.end() <= bounds.end();
    }
}
