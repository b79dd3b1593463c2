package io.newsdigest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English news text into sentences, each verbatim from the input except for whitespace.
 *
 * <p>A blank line always ends a sentence. A period ends one unless it follows a known abbreviation, an
 * initial, or sits inside a number; the next sentence must start with a capital, digit or quote.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
            "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "a.m", "p.m", "e.g", "i.e");

    /** Returns the sentences of {@code text}; never {@code null}, empty for blank text. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            splitBlock(block, out);
        }
        return out;
    }

    private static void splitBlock(String block, List<String> out) {
        int start = 0;
        int n = block.length();
        for (int i = 0; i < n; i++) {
            char c = block.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"'”’)]".indexOf(block.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && !Character.isWhitespace(block.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(block.charAt(next))) {
                next++;
            }
            if (next < n && !startsSentence(block.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(block, i)) {
                continue;
            }
            add(block.substring(start, end), out);
            start = end;
        }
        add(block.substring(start), out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(".indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String block, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(block.charAt(s - 1)) || block.charAt(s - 1) == '.')) {
            s--;
        }
        String word = block.substring(s, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
