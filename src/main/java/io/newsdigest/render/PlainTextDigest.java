package io.newsdigest.render;

import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;

/** The digest as plain text for a terminal. */
public final class PlainTextDigest {

    public String render(Digest digest) {
        StringBuilder sb = new StringBuilder();
        sb.append("News digest, ").append(digest.date()).append(": ").append(digest.stories().size())
                .append(" stories from ").append(digest.articleCount()).append(" articles\n");
        for (Story s : digest.stories()) {
            sb.append("\n== ").append(s.headline()).append(" (").append(s.articles().size()).append(" articles)\n");
        }
        return sb.toString();
    }
}
