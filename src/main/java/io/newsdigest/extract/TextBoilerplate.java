package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one notion of boilerplate that serves HTML blocks and pasted text alike: page chrome that survived
 * extraction as text (prompts to share, log in or comment; "Loading..."; cookie and newsletter banners) and
 * runs of headline-like lines (related-article lists), which would otherwise become false facts.
 */
public final class TextBoilerplate {

    private static final Pattern UI_PROMPT = Pattern.compile("(?i)^\\W*("
            + "loading|close|menu|search|share|print|e-?mail|comments?|reply|subscribe|sign (in|up)|log ?in|log ?out"
            + "|register|advertisement|ad|skip to (main )?content|read more|see more|show more|more|tags?|topics"
            + "|related( (stories|articles|news|content))?|more (in|from|on) .{0,40}|latest( news| articles)?"
            + "|trending|most (read|popular|viewed)|recommended|back to top|next article|previous article"
            + "|follow us.{0,40}|x|home)\\W*$");
    private static final Pattern NAG = Pattern.compile("(?i)("
            + "\\b(sign|log) ?in\\b.{0,60}\\b(comment|share|account|continue|read)"
            + "|\\bto (write|post|leave) (a )?comments?\\b|\\bno comments yet\\b|\\bbe the first to (comment|share)"
            + "|\\bjoin the (discussion|conversation)\\b|\\bwrite your comments?\\b"
            + "|\\b(subscribe|sign up) (to|for) (our|the) (newsletter|daily|weekly)|\\bnewsletter\\b.{0,40}\\binbox\\b"
            + "|\\bwe use cookies\\b|\\bcookie (policy|settings|preferences)\\b|\\baccept (all )?cookies\\b"
            + "|\\ball rights reserved\\b|^©|\\bcopyright ©?\\s*\\d{4}"
            + "|\\bclick here\\b|\\bdownload (our|the) app\\b|\\benable javascript\\b)");

    private TextBoilerplate() {
    }

    /** Returns the blocks that are article text, in order. */
    public static List<String> clean(List<String> blocks) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            String b = block.strip();
            if (b.isEmpty() || UI_PROMPT.matcher(b).matches() || (b.length() < 300 && NAG.matcher(b).find())) {
                continue;
            }
            kept.add(b);
        }
        return dropHeadlineRuns(kept);
    }

    /** True for a short line with no sentence punctuation at its end: a headline, a label, a menu item. */
    public static boolean isHeadlineLike(String block) {
        String b = block.strip();
        if (b.length() > 140 || b.isEmpty()) {
            return false;
        }
        char last = b.charAt(b.length() - 1);
        return ".!?:;\"”’)".indexOf(last) < 0;
    }

    /** Three or more headline-like blocks in a row are a list of links to other articles, not the article. */
    private static List<String> dropHeadlineRuns(List<String> blocks) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            while (j < blocks.size() && isHeadlineLike(blocks.get(j))) {
                j++;
            }
            if (j - i >= 3) {
                i = j;
                continue;
            }
            for (int k = i; k < Math.max(j, i + 1) && k < blocks.size(); k++) {
                out.add(blocks.get(k));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
