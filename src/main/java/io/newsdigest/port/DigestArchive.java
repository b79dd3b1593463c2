package io.newsdigest.port;

import java.time.LocalDate;

/** Where each day's digest is kept, as JSON, HTML and text; keeping a day again replaces its files. */
public interface DigestArchive {

    /** @throws StorageUnavailable when the archive cannot be written now */
    void keep(LocalDate day, DigestFiles files);
}
