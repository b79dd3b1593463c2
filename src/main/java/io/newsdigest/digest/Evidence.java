package io.newsdigest.digest;

/** A verbatim sentence of one article ({@code article} is its key) quoted in support of a statement. */
public record Evidence(String article, String text) {
}
