package io.newsdigest.extract;

import java.util.List;

/**
 * What an extractor found in one document: metadata the document states (or {@code null}) and the body as
 * blocks (paragraphs, list items, headings) in reading order, boilerplate already removed. A block boundary
 * always ends a sentence.
 */
public record Extraction(
        String title,
        String source,
        String url,
        String published,
        String language,
        List<String> blocks,
        List<String> issues) {

    public Extraction {
        blocks = List.copyOf(blocks);
        issues = List.copyOf(issues);
    }

    public static Extraction ofBlocks(List<String> blocks) {
        return new Extraction(null, null, null, null, null, blocks, List.of());
    }
}
