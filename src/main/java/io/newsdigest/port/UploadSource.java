package io.newsdigest.port;

import java.util.Optional;

/**
 * Where uploaded files are read from (in the bucket: {@code inbox/}). An object that does not exist, or no
 * longer exists, is an empty answer, never an exception; a store that cannot answer at all throws
 * {@link StorageUnavailable}.
 */
public interface UploadSource {

    /** The object's size and what the uploader said about it, without reading its content. */
    Optional<UploadInfo> describe(String key);

    /** At most the first {@code limit} bytes of the object (all of it when smaller). */
    Optional<byte[]> read(String key, long limit);
}
