package io.newsdigest.text;

import java.util.Set;

/**
 * Recognises the attribution that follows a quoted question or exclamation: in
 * {@code "Why now?" Smith asked.} the quote's "?" replaces the comma, and the speaker and verb finish the
 * same sentence. An attribution here is up to four capitalised words (a name, a title, a pronoun) followed
 * by a lower-case verb of saying.
 */
final class QuoteAttribution {

    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied",
            "replies", "shouted", "shouts", "yelled", "yells", "cried", "cries", "exclaimed", "insisted",
            "insists", "continued", "continues", "explained", "explains", "noted", "notes", "warned", "warns",
            "argued", "argues", "declared", "declares", "responded", "responds", "answered", "answers",
            "recalled", "recalls", "whispered", "claimed", "claims", "stated", "states", "remarked",
            "wondered", "wonders", "demanded", "demands", "joked", "jokes", "tweeted", "posted", "chanted",
            "screamed", "sang", "pleaded", "quipped", "countered", "snapped", "asserted", "stressed");

    private static final int MAX_NAME_WORDS = 4;

    private QuoteAttribution() {
    }

    /** True if an attribution such as "Smith asked" or "Prime Minister Jane Doe said" begins at {@code from}. */
    static boolean startsAt(CharSequence text, int from) {
        int n = text.length();
        int k = from;
        for (int words = 0; words <= MAX_NAME_WORDS && k < n; words++) {
            int e = k;
            while (e < n && isNameChar(text.charAt(e))) {
                e++;
            }
            if (e == k) {
                return false;
            }
            char first = text.charAt(k);
            if (Character.isLowerCase(first)) {
                int letters = k;
                while (letters < e && Character.isLetter(text.charAt(letters))) {
                    letters++;
                }
                return words > 0 && SPEECH_VERBS.contains(text.subSequence(k, letters).toString());
            }
            if (!Character.isUpperCase(first) || words == MAX_NAME_WORDS) {
                return false;
            }
            if (e >= n || !Chars.isSpace(text.charAt(e))) {
                return false;
            }
            k = e;
            while (k < n && Chars.isSpace(text.charAt(k))) {
                k++;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019';
    }
}
