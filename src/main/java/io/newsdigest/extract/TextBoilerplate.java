package io.newsdigest.extract;

import io.newsdigest.text.Letters;
import java.util.ArrayList;
import java.util.Arrays;
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
 * three or more headline-like lines in a row are a list of other articles; captions shown twice and pull quotes
 * go ({@link RepeatedText}). Every step is linear in the number of blocks.
 */
public final class TextBoilerplate {

    /** A run of short texts this long between prose and chrome is a list or table of the article... */
    private static final int LIST_ITEMS = 3;

    /** ...when it holds this many characters. */
    private static final int LIST_WEIGHT = 300;

    /** How far (in characters) a heading may stand before the prose it introduces. */
    private static final int HEADING_REACH = 200;

    enum Verdict {
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
        startAtHeadline(blocks, v, titleKey);
        quietLoneLinks(blocks, v);
        boolean[] live = new boolean[n];
        for (int i = 0; i < n; i++) {
            live[i] = v[i] != Verdict.NOISE && v[i] != Verdict.CHROME;
        }
        boolean[] repeated = RepeatedText.find(blocks, live);
        for (int i = 0; i < n; i++) {
            v[i] = repeated[i] ? Verdict.NOISE : v[i];
        }
        dropHeadlineLists(blocks, v, opensList);
        promoteHeadings(blocks, v);
        reviseByNeighbours(blocks, v, framed);
        keepCutOffEnding(blocks, v);
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
            String t = TextMeasures.collapse(l);
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
        if (judgeShape(b) == Verdict.SHORT) {
            return 0;
        }
        Verdict v = judge(b, "");
        int weight = b.weight();
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
        if (links <= 0.6 && TextMeasures.endsLikeSentence(t) && b.words() >= 8) {
            return false;
        }
        return links > 0.7 || b.weight() < 120 || TextMeasures.sentenceMarks(t) < 2;
    }

    /** True for a short line with no sentence punctuation at its end: a headline, a label, a menu item. */
    public static boolean isHeadlineLike(String block) {
        String b = block.strip();
        return !b.isEmpty() && b.length() <= 160 && !TextMeasures.endsLikeSentence(b)
                && ":;,".indexOf(b.charAt(b.length() - 1)) < 0;
    }

    private static Verdict judge(Block b, String titleKey) {
        Verdict untitled = b.untitled;
        if (untitled == null) {
            untitled = judgeUntitled(b);
            b.untitled = untitled;
        }
        if (untitled != Verdict.NOISE && !titleKey.isEmpty() && repeatsTitle(b, titleKey)
                && !isChromeAtSight(b) && b.kind() != Block.Kind.CAPTION) {
            return Verdict.NOISE;
        }
        return untitled;
    }

    /** Blank, named as chrome by the markup, or a list of links. */
    private static boolean isChromeAtSight(Block b) {
        return b.text().isBlank() || b.chrome() || isLinkList(b);
    }

    /** The verdict on a block when the article's title is not known. */
    private static Verdict judgeUntitled(Block b) {
        String t = b.text();
        if (isChromeAtSight(b)) {
            return Verdict.CHROME;
        }
        if (b.kind() == Block.Kind.CAPTION || b.kind() == Block.Kind.TITLE) {
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
        int weight = b.weight();
        int words = b.words();
        boolean sentence = TextMeasures.endsLikeSentence(t);
        boolean introduces = weight >= 100 && t.endsWith(":") && TextMeasures.sentenceMarks(t) > 0;
        if (!isLinkList(b) && ((sentence || introduces) && weight >= 70 && words >= 6
                || weight >= 200 && words >= 20 && (TextMeasures.sentenceMarks(t) > 0 || TextMeasures.commas(t) > 1)
                || isSentenceWithoutStop(b, weight, words))) {
            return Verdict.GOOD;
        }
        if (sentence && weight >= 20 && words >= 3) {
            return Verdict.NEAR;
        }
        return Verdict.SHORT;
    }

    /**
     * One long sentence that lost its full stop: twenty words or more, mostly letters, no longer than a sentence
     * runs. Only where markup tells links apart, since a pasted menu line can be as long.
     */
    private static boolean isSentenceWithoutStop(Block b, int weight, int words) {
        return b.kind() != Block.Kind.LINE && words >= 20 && weight <= 300
                && TextMeasures.letterShare(b.text()) >= 0.75;
    }

    /**
     * A paste that stops in mid-sentence (the copy was cut off) keeps its last paragraph when it reads as prose:
     * a line of twenty words or more, mostly letters, right after a paragraph of the article.
     */
    private static void keepCutOffEnding(List<Block> blocks, Verdict[] v) {
        int last = blocks.size() - 1;
        if (last < 1 || v[last] == Verdict.GOOD || v[last] == Verdict.NEAR) {
            return;
        }
        Block b = blocks.get(last);
        boolean afterProse = v[last - 1] == Verdict.GOOD || v[last - 1] == Verdict.NEAR;
        if (b.kind() == Block.Kind.LINE && afterProse && b.words() >= 20 && TextMeasures.letterShare(b.text()) >= 0.75
                && !isLinkList(b) && !PageChrome.isPrompt(b.text())) {
            v[last] = Verdict.GOOD;
        }
    }

    /** The headline itself, or a short line built around it (a breadcrumb or dateline glued to it). */
    private static boolean repeatsTitle(Block b, String titleKey) {
        String k = b.key();
        if (k.equals(titleKey)) {
            return true;
        }
        if (k.length() > titleKey.length() + 60 || k.length() * 10 < titleKey.length() * 6) {
            return false;
        }
        return k.contains(titleKey) || titleKey.contains(k) && k.length() >= 20;
    }

    /**
     * The article begins at its headline: when the headline stands as its own heading or line with prose after
     * it, what comes before it (a ticker of other stories, a masthead) is not the article.
     */
    private static void startAtHeadline(List<Block> blocks, Verdict[] v, String titleKey) {
        if (titleKey.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < blocks.size() && at < 0; i++) {
            Block b = blocks.get(i);
            if ((b.isHeading() || b.kind() == Block.Kind.LINE) && repeatsTitle(b, titleKey)) {
                at = i;
            }
        }
        if (at <= 0) {
            return;
        }
        long before = 0;
        long after = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (v[i] == Verdict.GOOD) {
                long w = blocks.get(i).weight();
                before += i < at ? w : 0;
                after += i > at ? w : 0;
            }
        }
        if (after > 0) {
            for (int i = 0; i < at; i++) {
                v[i] = Verdict.NOISE;
            }
        }
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
                    && (v[j] == Verdict.CHROME || blocks.get(j).words() >= 3)) {
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
                || isHeadlineLike(b.text()) || b.text().endsWith("?") && b.words() <= 20;
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
    private static void reviseByNeighbours(List<Block> blocks, Verdict[] v, boolean framed) {
        int n = v.length;
        boolean[] substantial = substantialRuns(blocks, v);
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
                    || goodBefore != goodAfter && (substantial[i] || (goodBefore ? nearAfter[i] : nearBefore[i]))) {
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

    /**
     * Marks the blocks of substantial runs: stretches between prose and chrome that hold at least
     * {@value #LIST_ITEMS} short texts and {@value #LIST_WEIGHT} characters. A list or a table inside the
     * article is such a run; the byline, tag line and share buttons at an article's edge are not.
     */
    private static boolean[] substantialRuns(List<Block> blocks, Verdict[] v) {
        int n = v.length;
        boolean[] out = new boolean[n];
        int i = 0;
        while (i < n) {
            if (v[i] == Verdict.GOOD || v[i] == Verdict.CHROME) {
                i++;
                continue;
            }
            int j = i;
            int items = 0;
            int weight = 0;
            while (j < n && v[j] != Verdict.GOOD && v[j] != Verdict.CHROME) {
                if (v[j] == Verdict.SHORT || v[j] == Verdict.NEAR) {
                    items++;
                    weight += blocks.get(j).weight();
                }
                j++;
            }
            if (items >= LIST_ITEMS && weight >= LIST_WEIGHT) {
                Arrays.fill(out, i, j, true);
            }
            i = j;
        }
        return out;
    }

    /** What two blocks share when they say the same: letters and digits, lower case. */
    static String key(String text) {
        char[] k = text.toCharArray(); // written over in place: n never passes the character read
        int n = 0;
        boolean ascii = true;
        for (char c : k) {
            if (Letters.isLetterOrDigit(c)) {
                ascii &= c < 128;
                k[n++] = c < 128 ? Letters.toLowerCase(c) : c; // the rest is lower-cased as a whole below
            }
        }
        String key = new String(k, 0, n);
        return ascii ? key : key.toLowerCase(Locale.ROOT);
    }
}
