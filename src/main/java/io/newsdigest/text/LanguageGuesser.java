package io.newsdigest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the language of a text from its script and its most common function words. Returns {@code null}
 * when the evidence is thin rather than guess.
 */
public final class LanguageGuesser {

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said"));
        FUNCTION_WORDS.put("de", Set.of("der", "die", "und", "das", "nicht", "ist", "den", "mit", "sich", "auf", "ein", "eine"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "du"));
        FUNCTION_WORDS.put("es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para"));
        FUNCTION_WORDS.put("it", Set.of("il", "di", "che", "della", "per", "una", "sono", "gli", "con", "non", "del", "nel"));
        FUNCTION_WORDS.put("pt", Set.of("o", "os", "do", "da", "que", "em", "uma", "para", "com", "não", "dos", "foi"));
        FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "van", "en", "is", "niet", "dat", "op", "voor", "met", "zijn"));
    }

    /** Each function word with the languages it belongs to, in the order of {@link #FUNCTION_WORDS}. */
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = new HashMap<>();

    static {
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            for (String word : e.getValue()) {
                LANGUAGES_OF_WORD.computeIfAbsent(word, w -> new ArrayList<>()).add(e.getKey());
            }
        }
    }

    /** An ISO 639-1 code, or {@code null}. */
    public String guess(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        String script = dominantScript(sample);
        if (script != null) {
            return script;
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        String lower = sample.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n) {
                char c = lower.charAt(i);
                if (c < 0x80) {
                    if (!Letters.isLetter(c)) {
                        break;
                    }
                    i++;
                } else {
                    int cp = lower.codePointAt(i);
                    if (!Character.isLetter(cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
            }
            if (i > start) {
                words++;
                List<String> languages = LANGUAGES_OF_WORD.get(lower.substring(start, i));
                if (languages != null) {
                    for (String language : languages) {
                        hits.merge(language, 1, Integer::sum);
                    }
                }
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return words >= 5 && bestHits * 20 >= words ? best : null;
    }

    private static String dominantScript(String s) {
        int letters = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                letters += Letters.isLetter(c) ? 1 : 0;
                i++;
                continue; // ASCII letters: Latin
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp < 0x0370) {
                continue; // Latin and IPA letters: none of the scripts below
            }
            String lang = switch (Character.UnicodeScript.of(cp)) {
                case CYRILLIC -> "ru";
                case HANGUL -> "ko";
                case HIRAGANA, KATAKANA -> "ja";
                case HAN -> "zh";
                case ARABIC -> "ar";
                case HEBREW -> "he";
                case GREEK -> "el";
                case THAI -> "th";
                case DEVANAGARI -> "hi";
                default -> null;
            };
            if (lang != null) {
                counts.merge(lang, 1, Integer::sum);
            }
        }
        if (counts.getOrDefault("ja", 0) * 10 > letters) {
            return "ja";
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() * 2 > letters) {
                return e.getKey();
            }
        }
        return null;
    }
}
