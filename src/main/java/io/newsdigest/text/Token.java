package io.newsdigest.text;

/**
 * One token of a sentence, pointing back at its characters.
 *
 * @param text        the characters as written (apostrophes and quotes folded to ASCII)
 * @param norm        lower-case, accent-free form used for matching; a contraction's {@code n't} becomes {@code not}
 * @param start       offset of the first character in the sentence
 * @param end         offset after the last character
 * @param capitalized whether it was written with an upper-case first letter
 * @param kind        what sort of token it is
 */
public record Token(String text, String norm, int start, int end, boolean capitalized, Kind kind) {

    /** What sort of characters a token holds. */
    public enum Kind {
        /** letters, possibly with inner apostrophes or periods ("U.S."). */
        WORD,
        /** digits with inner separators: {@code 1,200}, {@code 6.4}, {@code 3:45}. */
        NUMBER,
        /** a currency, percent or degree sign. */
        SYMBOL,
        /** anything else: punctuation, dashes, quotes. */
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether this token ends a clause: a comma, semicolon, colon, dash or bracket. */
    public boolean isClauseBreak() {
        return kind == Kind.PUNCT && ",;:()[]\u2013\u2014".contains(norm);
    }
}
