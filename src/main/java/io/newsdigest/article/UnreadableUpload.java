package io.newsdigest.article;

/**
 * Thrown inside the parsing pipeline when an upload cannot become an article; {@link ArticleParser} turns it
 * into a {@link Rejection} so it never escapes parsing.
 */
public final class UnreadableUpload extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableUpload(String reason) {
        super(reason, null, false, false);
    }
}
