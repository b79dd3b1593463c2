package io.newsdigest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The streaming side of the project's JSON (jackson-core only, no data binding, so it costs a fresh process a few
 * dozen classes instead of several hundred): the one factory {@link ArticleJson} writes with and {@link JsonTree}
 * reads with. Its output is the same text {@link Json}'s mapper writes.
 */
final class JsonStreams {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonTree.MAX_NESTING).maxStringLength(JsonTree.MAX_STRING_CHARS)
                    .maxNumberLength(JsonTree.MAX_STRING_CHARS).build())
            .build();

    private JsonStreams() {
    }
}
