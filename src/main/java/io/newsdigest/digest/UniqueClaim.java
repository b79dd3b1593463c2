package io.newsdigest.digest;

/** A notable statement only one source makes; {@code article} is its key. */
public record UniqueClaim(String text, String article) {
}
