package io.newsdigest.text;

/**
 * A content-bearing token reduced to the key that matching compares: a concept or Porter stem for words,
 * {@code #} and the digits for numbers.
 *
 * @param key   the comparison key
 * @param token index of the token it comes from
 * @param name  whether it looks like part of a name (capitalized inside a sentence, or an acronym)
 */
public record Term(String key, int token, boolean name) {
}
