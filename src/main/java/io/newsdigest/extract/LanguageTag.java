package io.newsdigest.extract;

/**
 * The language an article states about itself (HTML {@code lang}, {@code og:locale}, a JSON {@code language}),
 * reduced to what the digest compares: the primary subtag of a BCP 47 tag, in lower case ("en-GB", "EN" and
 * "en_US" are all "en"). Anything else (a script subtag alone, words, a 9 MB value) is no language. Reads at most
 * the first few characters, whatever the value's length.
 */
final class LanguageTag {

    /** Primary language subtags have two or three letters (ISO 639-1 or 639-2/3). */
    private static final int MAX_PRIMARY = 3;

    private LanguageTag() {
    }

    /** The primary subtag of {@code tag} in lower case, or null when it has none. */
    static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        int start = 0;
        while (start < tag.length() && Character.isWhitespace(tag.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < tag.length() && end - start <= MAX_PRIMARY && isAsciiLetter(tag.charAt(end))) {
            end++;
        }
        int length = end - start;
        if (length < 2 || length > MAX_PRIMARY) {
            return null;
        }
        if (end < tag.length() && !isSeparator(tag.charAt(end))) {
            return null;
        }
        StringBuilder b = new StringBuilder(length);
        for (int i = start; i < end; i++) {
            b.append((char) (tag.charAt(i) | 0x20));
        }
        return b.toString();
    }

    /** What may follow a primary subtag: a subtag separator ("_" as POSIX locales write it), or the end. */
    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
