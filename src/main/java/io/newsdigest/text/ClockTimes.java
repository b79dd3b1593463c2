package io.newsdigest.text;

import java.util.Locale;
import java.util.Set;

/**
 * How "a.m." and "p.m." behave. A clock time closes the phrase it belongs to, so a capitalised word after
 * it starts a new sentence, except when that word still qualifies the time: a weekday or month
 * ("1:30 a.m. Tuesday"), a time zone ("9 a.m. ET", "10 a.m. Eastern", "noon Moscow time") or "Local".
 * And a fronted time phrase such as "At 5 a.m." is no sentence by itself, so the sentence goes on.
 */
final class ClockTimes {

    private static final Set<String> QUALIFIERS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec",
            "local", "eastern", "pacific", "central", "mountain", "atlantic", "greenwich", "universal",
            "utc", "gmt");

    /** Words a sentence-initial time phrase is made of, besides numbers, times and date words. */
    private static final Set<String> TIME_PHRASE_WORDS = Set.of(
            "at", "by", "until", "till", "before", "after", "from", "since", "around", "about", "shortly",
            "just", "approximately", "roughly", "nearly", "on", "and", "or", "to", "between", "early", "late",
            "a.m.", "p.m.", "am", "pm");

    private ClockTimes() {
    }

    static boolean isAmPm(String token) {
        return token.length() == 3 && token.charAt(1) == '.'
                && (token.charAt(2) == 'm' || token.charAt(2) == 'M')
                && "aApP".indexOf(token.charAt(0)) >= 0;
    }

    /**
     * True if the capitalised word at {@code [from, to)} still belongs to a clock time before it: a weekday,
     * a month, a time zone, or any name followed by the word "time" ("Moscow time").
     */
    static boolean qualifiesTime(CharSequence text, int from, int to) {
        String word = text.subSequence(from, to).toString();
        if (QUALIFIERS.contains(word.toLowerCase(Locale.ROOT)) || isTimeZone(word)) {
            return true;
        }
        int k = to;
        while (k < text.length() && Chars.isSpace(text.charAt(k))) {
            k++;
        }
        return k + 4 <= text.length() && "time".contentEquals(text.subSequence(k, k + 4))
                && (k + 4 == text.length() || !Character.isLetter(text.charAt(k + 4)));
    }

    /** Upper-case zone abbreviations: "ET", "EST", "PDT", "CEST", "KST", "AEST". */
    private static boolean isTimeZone(String word) {
        int n = word.length();
        if (n < 2 || n > 5 || word.charAt(n - 1) != 'T') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * True if {@code text[from, to)} is only a time phrase opening a sentence ("At 5", "On Tuesday at
     * about 10:30", "Shortly after 9"), which cannot stand as a sentence of its own.
     */
    static boolean isFrontedTimePhrase(CharSequence text, int from, int to) {
        int words = 0;
        int i = from;
        boolean first = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isSpace(c) || c == ',') {
                i++;
                continue;
            }
            int e = i;
            while (e < to && !Chars.isSpace(text.charAt(e)) && text.charAt(e) != ',') {
                e++;
            }
            String w = text.subSequence(i, e).toString().toLowerCase(Locale.ROOT);
            boolean timeWord = TIME_PHRASE_WORDS.contains(w) || QUALIFIERS.contains(w) || isClockNumber(w);
            if (!timeWord || first && isClockNumber(w)) {
                return false;
            }
            first = false;
            if (++words > 7) {
                return false;
            }
            i = e;
        }
        return words > 0;
    }

    private static boolean isClockNumber(String w) {
        if (w.isEmpty() || !Chars.isAsciiDigit(w.charAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Chars.isAsciiDigit(c) && c != ':' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
