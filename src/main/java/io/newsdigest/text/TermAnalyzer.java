package io.newsdigest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a sentence's tokens into the {@link Term}s that matching compares: function and reporting words dropped, words
 * stemmed and folded onto {@link Concepts}, demonyms onto their country ("Korean" onto "Korea"), numbers kept
 * as digits without separators. Thread-safe; remembers stems it has computed.
 */
public final class TermAnalyzer {

    private final PorterStemmer stemmer = new PorterStemmer();
    private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> capitalizedKeys = new ConcurrentHashMap<>();

    /** The terms of one sentence (or title), in token order. */
    public List<Term> terms(List<Token> tokens) {
        List<Term> out = new ArrayList<>();
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                words++;
                if (isAllCaps(t.text())) {
                    caps++;
                }
            }
        }
        boolean shouting = caps * 2 > words;
        boolean first = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isNumber()) {
                out.add(new Term("#" + t.norm().replace(",", ""), i, false));
                first = false;
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            String norm = t.norm();
            if (isUnitedStates(t.text(), norm)) {
                out.add(new Term("u.s", i, true));
                first = false;
                continue;
            }
            boolean acronym = !shouting && t.text().length() >= 2 && isAllCaps(t.text());
            boolean name = acronym || (!shouting && !first && t.capitalized());
            first = false;
            if (Stopwords.isFunctionWord(norm) || Stopwords.isReportingWord(norm) || norm.length() < 2) {
                continue;
            }
            out.add(new Term(key(norm, t.capitalized()), i, name));
        }
        return out;
    }

    private static boolean isUnitedStates(String text, String norm) {
        return !norm.isEmpty() && norm.charAt(0) == 'u' && norm.length() <= 5
                && (text.equals("US") || norm.equals("u.s") || norm.equals("usa") || norm.equals("u.s.a"));
    }

    /** The comparison key of one normalized word. */
    public String key(String norm, boolean capitalized) {
        ConcurrentHashMap<String, String> cache = capitalized ? capitalizedKeys : keys;
        String k = cache.get(norm);
        if (k == null) {
            k = computeKey(norm, capitalized);
            if (keys.size() + capitalizedKeys.size() < 500_000) {
                cache.put(norm, k);
            }
        }
        return k;
    }

    private String computeKey(String norm, boolean capitalized) {
        String w = norm;
        if (capitalized && w.length() > 4 && (w.endsWith("ian") || w.endsWith("ean") || w.endsWith("can"))) {
            w = w.substring(0, w.length() - 1);
            return w;
        }
        if (capitalized && w.length() > 5 && w.endsWith("ians")) {
            return w.substring(0, w.length() - 2);
        }
        return Concepts.of(stemmer.stem(w));
    }

    private static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                letter |= c >= 'A' && c <= 'Z';
            } else if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
