package io.newsdigest.article;

/** What parsing an upload gives: an {@link Article} or a {@link Rejection}, never an exception. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Rejected {

    String key();

    record Parsed(Article article) implements ParseOutcome {
        @Override
        public String key() {
            return article.key();
        }
    }

    record Rejected(Rejection rejection) implements ParseOutcome {
        @Override
        public String key() {
            return rejection.key();
        }
    }

    static ParseOutcome rejected(String key, String reason) {
        return new Rejected(new Rejection(key, reason));
    }
}
