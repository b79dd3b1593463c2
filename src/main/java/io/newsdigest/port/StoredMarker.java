package io.newsdigest.port;

/** A day's marker as stored, with the version a conditional replace must name. */
public record StoredMarker(DayMarker marker, String version) {
}
