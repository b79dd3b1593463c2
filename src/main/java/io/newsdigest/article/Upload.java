package io.newsdigest.article;

import java.util.Map;
import java.util.Objects;

/**
 * The raw bytes of one uploaded object with what the uploader said about it.
 *
 * @param key      object key (already URL-decoded) or local path
 * @param bytes    the whole content
 * @param metadata user metadata, lower-case names without the {@code x-amz-meta-} prefix
 *                 ({@code source}, {@code url}, {@code published}); these override what the file says
 */
public record Upload(String key, byte[] bytes, Map<String, String> metadata) {

    public Upload {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bytes, "bytes");
        metadata = Map.copyOf(metadata);
    }

    public Upload(String key, byte[] bytes) {
        this(key, bytes, Map.of());
    }
}
