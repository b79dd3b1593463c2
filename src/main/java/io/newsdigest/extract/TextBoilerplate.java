package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one notion of boilerplate that serves saved web pages and pasted text alike. It judges a sequence of
 * {@link Block}s in reading order and keeps the article text.
 *
 * <p>Each block is first judged on its own: prose (long, ending as sentences end, few links), short prose,
 * short text (headings, bylines, labels) or page chrome (what the markup names as chrome, link lists, interface
 * words, prompts, breadcrumbs, widgets, photo credits, the headline repeated). Then context decides, as in
 * jusText: short text survives between prose and nowhere else, so the edges of a page (menus, bylines, tag
 * lines, agency credits) fall away; a label such as "More in World" and the headlines that follow it go;
 * three or more headline-like lines in a row are a list of other articles; a block repeated right after itself
 * (a photo caption and its enlarged copy) goes entirely, and a later repeat (a pull quote) goes as a copy.
 * Every step is linear in the number of blocks.
 */
public final class TextBoilerplate {

    /** Repeats shorter than this (in letters and digits) are data, such as a place named in two table rows. */
    private static final int REPEAT_MIN = 25;

    /** How far (in characters) a heading may stand before the prose it introduces. */
    private static final int HEADING_REACH = 200;

    private enum Verdict {
        /** Running prose: kept, and anchors its neighbours. */
        GOOD,
        /** A short sentence: kept unless chrome surrounds it. */
        NEAR,
        /** Short text with no sentence: kept only between prose. */
        SHORT,
        /** Chrome that also tells its neighbours they are outside the article (link lists, prompts). */
        CHROME,
        /** Chrome that says nothing about its neighbours ("Advertisement", a date widget). */
        NOISE
    }

    private TextBoilerplate() {
    }

    /**
     * The article text of {@code blocks}, in order; {@code title} (may be null) is dropped where repeated.
     *
     * @param framed true when the blocks are the article's own element, so that what closes them is the end
     *               of the article; false when they are a whole page, whose edges are chrome
     */
    public static List<String> body(List<Block> blocks, String title, boolean framed) {
        int n = blocks.size();
        Verdict[] v = new Verdict[n];
        boolean[] opensList = new boolean[n];
        String titleKey = title == null ? "" : key(title);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            v[i] = judge(b, titleKey);
            opensList[i] = PageChrome.isListLabel(b.text()) || PageChrome.isTagLine(b.text());
        }
        quietLoneLinks(blocks, v);
        dropRepeats(blocks, v);
        dropHeadlineLists(blocks, v, opensList);
        promoteHeadings(blocks, v);
        reviseByNeighbours(v, framed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.GOOD || v[i] == Verdict.NEAR) {
                out.add(blocks.get(i).text());
            }
        }
        return out;
    }

    /** Pasted lines or paragraphs with no markup and no known title. */
    public static List<String> clean(List<String> lines) {
        List<Block> blocks = new ArrayList<>(lines.size());
        for (String l : lines) {
            String t = Prose.collapse(l);
            if (!t.isEmpty()) {
                blocks.add(Block.line(t));
            }
        }
        return body(blocks, null, false);
    }

    /** True for running prose: long enough, ending as sentences end, not a link list, not a prompt. */
    static boolean isProse(Block b) {
        return judge(b, "") == Verdict.GOOD;
    }

    /**
     * How much of the block reads as the article's prose, from 0 to its weight: all of running prose (long,
     * ending as sentences end, not a link list, not a prompt), half of a short sentence, none of the rest.
     */
    static int proseWeight(Block b) {
        Verdict v = judge(b, "");
        int weight = Prose.weight(b.text());
        return v == Verdict.GOOD ? weight : v == Verdict.NEAR ? weight / 2 : 0;
    }

    /**
     * Mostly link text: a menu, a headline list, a byline linking to the author. Several sentences with
     * linked words in them stay prose up to a higher share of links than a line does.
     */
    static boolean isLinkList(Block b) {
        double links = b.linkDensity();
        if (links <= 0.3) {
            return false;
        }
        String t = b.text();
        if (links <= 0.6 && Prose.endsLikeSentence(t) && Prose.words(t) >= 8) {
            return false;
        }
        return links > 0.7 || Prose.weight(t) < 120 || Prose.sentenceMarks(t) < 2;
    }

    /** True for a short line with no sentence punctuation at its end: a headline, a label, a menu item. */
    public static boolean isHeadlineLike(String block) {
        String b = block.strip();
        return !b.isEmpty() && b.length() <= 160 && !Prose.endsLikeSentence(b)
                && ":;,".indexOf(b.charAt(b.length() - 1)) < 0;
    }

    private static Verdict judge(Block b, String titleKey) {
        String t = b.text();
        if (t.isBlank() || b.chrome()) {
            return Verdict.CHROME;
        }
        if (isLinkList(b)) {
            return Verdict.CHROME;
        }
        if (b.kind() == Block.Kind.TITLE || !titleKey.isEmpty() && repeatsTitle(t, titleKey)) {
            return Verdict.NOISE;
        }
        if (PageChrome.isPrompt(t) || PageChrome.isListLabel(t) || PageChrome.isTagLine(t)) {
            return Verdict.CHROME;
        }
        if (PageChrome.isInterfaceLine(t) || PageChrome.isWidget(t) || PageChrome.isBreadcrumb(t)
                || PageChrome.hasPhotoCredit(t)) {
            return Verdict.NOISE;
        }
        return judgeShape(b);
    }

    private static Verdict judgeShape(Block b) {
        String t = b.text();
        if (b.isHeading()) {
            return Verdict.SHORT;
        }
        int weight = Prose.weight(t);
        int words = Prose.words(t);
        boolean sentence = Prose.endsLikeSentence(t);
        if (!isLinkList(b) && (sentence && weight >= 70 && words >= 6
                || weight >= 200 && words >= 20 && (Prose.sentenceMarks(t) > 0 || Prose.commas(t) > 1))) {
            return Verdict.GOOD;
        }
        if (sentence && weight >= 20 && words >= 3) {
            return Verdict.NEAR;
        }
        return Verdict.SHORT;
    }

    /** The headline itself, or a short line built around it (a breadcrumb or dateline glued to it). */
    private static boolean repeatsTitle(String text, String titleKey) {
        String k = key(text);
        if (k.equals(titleKey)) {
            return true;
        }
        if (k.length() > titleKey.length() + 60 || k.length() * 10 < titleKey.length() * 6) {
            return false;
        }
        return k.contains(titleKey) || titleKey.contains(k) && k.length() >= 20;
    }

    /**
     * One link block alone between article blocks (an inline "related" teaser) is dropped but does not end
     * the article around it, as a list of links does.
     */
    private static void quietLoneLinks(List<Block> blocks, Verdict[] v) {
        for (int i = 1; i + 1 < v.length; i++) {
            if (v[i] == Verdict.CHROME && !blocks.get(i).chrome() && isLinkList(blocks.get(i))
                    && isArticleSide(v[i - 1]) && isArticleSide(v[i + 1])) {
                v[i] = Verdict.NOISE;
            }
        }
    }

    private static boolean isArticleSide(Verdict v) {
        return v == Verdict.GOOD || v == Verdict.NEAR || v == Verdict.SHORT;
    }

    /**
     * A block equal to the block just before it is a photo caption shown twice (or a similar widget): both
     * copies go. A block equal to an earlier one further away is a pull quote or a repeated teaser: the copy
     * goes, the first stays.
     */
    private static void dropRepeats(List<Block> blocks, Verdict[] v) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            String k = key(blocks.get(i).text());
            if (k.length() < REPEAT_MIN) {
                continue;
            }
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier == null) {
                continue;
            }
            v[i] = Verdict.NOISE;
            if (earlier == i - 1) {
                v[earlier] = Verdict.NOISE;
            }
        }
    }

    /**
     * After a list label everything up to the next prose is the list; elsewhere, three or more headline-like
     * lines in a row are one.
     */
    private static void dropHeadlineLists(List<Block> blocks, Verdict[] v, boolean[] opensList) {
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            if (!opensList[i]) {
                continue;
            }
            int j = i + 1;
            while (j < n && (v[j] == Verdict.NOISE || v[j] == Verdict.CHROME || isListedHeadline(blocks.get(j), v[j]))) {
                if (v[j] != Verdict.NOISE) {
                    v[j] = Verdict.CHROME;
                }
                j++;
            }
            i = j - 1;
        }
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && isListedHeadline(blocks.get(j), v[j])
                    && (v[j] == Verdict.CHROME || Prose.words(blocks.get(j).text()) >= 3)) {
                j++;
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    v[k] = Verdict.CHROME;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * A line that can stand in a list of other articles' headlines. Where the markup shows links, such a list
     * is links; pasted text shows none, so there the shape of the line decides.
     */
    private static boolean isListedHeadline(Block b, Verdict v) {
        if (v != Verdict.SHORT && v != Verdict.CHROME && v != Verdict.NEAR) {
            return false;
        }
        if (b.kind() != Block.Kind.LINE && b.linkChars() == 0) {
            return false;
        }
        return v == Verdict.CHROME && isLinkList(b)
                || isHeadlineLike(b.text()) || b.text().endsWith("?") && Prose.words(b.text()) <= 20;
    }

    /** A heading with prose close below it is a subheading of the article (jusText's rule). */
    private static void promoteHeadings(List<Block> blocks, Verdict[] v) {
        int n = blocks.size();
        int nextGood = -1;
        int charsBetween = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (v[i] == Verdict.SHORT && blocks.get(i).isHeading() && nextGood >= 0 && charsBetween <= HEADING_REACH) {
                v[i] = Verdict.NEAR;
            }
            if (v[i] == Verdict.GOOD) {
                nextGood = i;
                charsBetween = 0;
            } else if (v[i] == Verdict.CHROME) {
                nextGood = -1;
            } else {
                charsBetween += blocks.get(i).text().length();
            }
        }
    }

    /**
     * Short text takes the side of its neighbours: kept between prose, dropped between chrome or at the page's
     * edges (the end of the article's own element counts as prose); when prose is on one side only, a short
     * sentence on the chrome side tips it to kept. Then short sentences with chrome on both sides go too. A
     * sequence with no prose at all (a list, a table) keeps whatever is not chrome.
     */
    private static void reviseByNeighbours(Verdict[] v, boolean framed) {
        int n = v.length;
        boolean prose = false;
        for (Verdict x : v) {
            prose |= x == Verdict.GOOD;
        }
        Verdict edge = prose ? Verdict.CHROME : Verdict.GOOD;
        Verdict[] before = new Verdict[n];
        Verdict[] after = new Verdict[n];
        boolean[] nearBefore = new boolean[n];
        boolean[] nearAfter = new boolean[n];
        Verdict anchor = edge;
        boolean near = false;
        for (int i = 0; i < n; i++) {
            before[i] = anchor;
            nearBefore[i] = near;
            if (v[i] == Verdict.GOOD || v[i] == Verdict.CHROME) {
                anchor = v[i];
                near = false;
            } else if (v[i] == Verdict.NEAR) {
                near = true;
            }
        }
        anchor = framed ? Verdict.GOOD : edge;
        near = false;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = anchor;
            nearAfter[i] = near;
            if (v[i] == Verdict.GOOD || v[i] == Verdict.CHROME) {
                anchor = v[i];
                near = false;
            } else if (v[i] == Verdict.NEAR) {
                near = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (v[i] != Verdict.SHORT) {
                continue;
            }
            boolean goodBefore = before[i] == Verdict.GOOD;
            boolean goodAfter = after[i] == Verdict.GOOD;
            if (goodBefore && goodAfter
                    || goodBefore != goodAfter && (goodBefore ? nearAfter[i] : nearBefore[i])) {
                v[i] = Verdict.NEAR;
            } else {
                v[i] = Verdict.NOISE;
            }
        }
        for (int i = 0; i < n; i++) {
            if (v[i] == Verdict.NEAR && before[i] == Verdict.CHROME && after[i] == Verdict.CHROME) {
                v[i] = Verdict.NOISE;
            }
        }
    }

    /** What two blocks share when they say the same: letters and digits, lower case. */
    static String key(String text) {
        StringBuilder k = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                k.append(c);
            }
        }
        return k.toString().toLowerCase(Locale.ROOT);
    }
}
