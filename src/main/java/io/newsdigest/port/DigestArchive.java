package io.newsdigest.port;

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
     * The digest JSON kept for {@code day}, as stored, or empty when the day has none.
     *
     * @throws StorageUnavailable when it cannot be read now
     */
    Optional<byte[]> digestJson(LocalDate day);
}
