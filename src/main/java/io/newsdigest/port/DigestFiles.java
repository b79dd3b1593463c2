package io.newsdigest.port;

import java.util.Objects;

/** The renderings of one digest that are archived: the digest JSON, the HTML e-mail body, the text body. */
public record DigestFiles(String json, String html, String text) {

    public DigestFiles {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
