package io.newsdigest.port;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One small marker per day, written only conditionally, so that concurrent runs agree on who sends a day's
 * digest. Versions are opaque strings that change with every write.
 */
public interface DayMarkers {

    /** The day's marker and its version, or empty if the day has none. */
    Optional<StoredMarker> read(LocalDate day);

    /** Writes {@code marker} only if the day has none; its new version, or empty if one already exists. */
    Optional<String> create(LocalDate day, DayMarker marker);

    /**
     * Replaces the day's marker only if it is still at {@code version}; the new version, or empty if the marker
     * changed (or vanished) meanwhile.
     */
    Optional<String> replace(LocalDate day, DayMarker marker, String version);
}
