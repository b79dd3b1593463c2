package io.newsdigest.port;

import java.util.Objects;

/**
 * The renderings of one digest that are archived: the digest JSON, the HTML e-mail body, the text body, and the
 * outline of the digest JSON that later runs read to tell what is new (a few megabytes where the digest may hold
 * hundreds of quotes of each fact).
 */
public record DigestFiles(String json, String html, String text, String outline) {

    public DigestFiles {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
