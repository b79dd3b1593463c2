package io.newsdigest.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page around a {@link Report} shows besides the report: the day, the article's address, and the
 * headlines of other stories the outlet links to (related lists, "most read", the page's preloaded state).
 */
record PageContext(LocalDate date, String url, List<String> otherHeadlines) {

    PageContext {
        otherHeadlines = List.copyOf(otherHeadlines);
    }
}
