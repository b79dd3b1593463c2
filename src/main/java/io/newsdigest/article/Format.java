package io.newsdigest.article;

import java.util.Locale;

/** The formats an upload can arrive in. */
public enum Format {
    HTML, TEXT, MARKDOWN, JSON;

    /** The contract's lower-case name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
