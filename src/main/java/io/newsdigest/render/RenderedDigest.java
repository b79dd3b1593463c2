package io.newsdigest.render;

/** A digest as a reader gets it: the subject line and the same content as plain text and as HTML. */
public record RenderedDigest(String subject, String text, String html) {
}
