package io.newsdigest.extract;

import io.newsdigest.text.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns that match where a word starts, each tried only where the text opens with one of its leading
 * literals. One regular expression of many alternatives tries every alternative at every word; here a word is
 * looked up by its first character, then by a {@code startsWith} per literal, and a pattern runs only where it
 * can match.
 *
 * <p>Each pattern must open with a literal, with {@code \d}, or with a group {@code (?:a|b)} of such openings; a
 * literal ends before the first metacharacter (and before a character a quantifier makes optional). Literals are
 * ASCII letters or digits, so the text is matched as is: give it in the case the patterns are written in.
 */
final class WordStartPatterns {

    private record Opening(String literal, Pattern pattern) {
    }

    private static final Opening[] NONE = {};

    /** By ASCII character: the openings whose literal starts with it. */
    private final Opening[][] byFirstChar = new Opening[128][];

    WordStartPatterns(List<String> patterns) {
        List<List<Opening>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String p : patterns) {
            Pattern compiled = Pattern.compile("\\b(?:" + p + ")");
            for (String literal : leadingLiterals(p)) {
                lists.get(literal.charAt(0)).add(new Opening(literal, compiled));
            }
        }
        for (int c = 0; c < 128; c++) {
            byFirstChar[c] = lists.get(c).toArray(NONE);
        }
    }

    /** Whether one of the patterns matches somewhere in the text, starting at a word boundary. */
    boolean find(String text) {
        // read from an array: compiled by C1 (as the functions run), each charAt of a string holding a curly quote
        // is a call
        char[] chars = text.toCharArray();
        Matcher m = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 128 || byFirstChar[c].length == 0 || i > 0 && Letters.isLetterOrDigit(chars[i - 1])) {
                continue; // nothing opens with this character, or no word starts here
            }
            for (Opening o : byFirstChar[c]) {
                if (!text.startsWith(o.literal(), i)) {
                    continue;
                }
                m = m == null ? o.pattern().matcher(text) : m.usePattern(o.pattern());
                if (m.region(i, text.length()).useTransparentBounds(true).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The literals a pattern may open with (see the class comment for the patterns this understands). */
    static List<String> leadingLiterals(String pattern) {
        List<String> out = new ArrayList<>();
        if (pattern.startsWith("\\d")) {
            for (char c = '0'; c <= '9'; c++) {
                out.add(String.valueOf(c));
            }
        } else if (pattern.startsWith("(?:")) {
            int depth = 0;
            int from = 3;
            int i = 3;
            for (; depth >= 0; i++) {
                char c = pattern.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' || c == '|' && depth == 0) {
                    if (depth == 0) {
                        out.addAll(leadingLiterals(pattern.substring(from, i)));
                        from = i + 1;
                    }
                    depth -= c == ')' ? 1 : 0;
                }
            }
            if (i < pattern.length() && "?*{".indexOf(pattern.charAt(i)) >= 0) {
                throw new IllegalArgumentException("an optional group cannot open a pattern: " + pattern);
            }
        } else {
            int end = 0;
            while (end < pattern.length() && "\\()[]{}?*+|.^$".indexOf(pattern.charAt(end)) < 0) {
                end++;
            }
            if (end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0) {
                end--; // the character before is optional
            }
            if (end <= 0 || pattern.charAt(0) >= 128 || !Character.isLetterOrDigit(pattern.charAt(0))) {
                throw new IllegalArgumentException("cannot tell how this pattern opens: " + pattern);
            }
            out.add(pattern.substring(0, end));
        }
        return out;
    }
}
