package io.newsdigest.port;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where each day's digest is kept, as JSON, HTML and text; keeping a day again replaces its files. Earlier days'
 * digest JSON is read back so that a run can tell what is new since.
 */
public interface DigestArchive {

    /** @throws StorageUnavailable when the archive cannot be written now */
    void keep(LocalDate day, DigestFiles files);

    /**
     * The digest JSON kept for {@code day}, as stored, opened for reading (the caller closes it), or empty when the
     * day has none. A stream, so that a week of large digests is read through and never held whole.
     *
     * @throws StorageUnavailable when it cannot be opened now
     */
    Optional<InputStream> digestJson(LocalDate day);

    /**
     * The outline of the digest kept for {@code day} ({@link DigestFiles#outline}), opened for reading as
     * {@link #digestJson} is, or empty when the day has none (an archive older than outlines).
     *
     * @throws StorageUnavailable when it cannot be opened now
     */
    Optional<InputStream> outlineJson(LocalDate day);
}
