package io.newsdigest.port;

import java.util.Map;

/**
 * What is known about an upload before reading it.
 *
 * @param size     the object's length in bytes
 * @param metadata the uploader's metadata: lower-case names without the {@code x-amz-meta-} prefix
 */
public record UploadInfo(long size, Map<String, String> metadata) {

    public UploadInfo {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        metadata = Map.copyOf(metadata);
    }
}
