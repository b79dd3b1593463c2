package io.newsdigest.aws;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdigest.article.Rejection;
import io.newsdigest.ingest.Arrival;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of an S3 event notification the ingest function reads, as Lambda delivers it. Only the fields used
 * are declared; everything else in the event is ignored.
 */
record S3Notification(@JsonProperty("Records") List<EventRecord> records) {

    S3Notification {
        records = records == null ? List.of() : List.copyOf(records);
    }

    record EventRecord(String eventName, String eventTime, Entity s3) {
    }

    record Entity(Bucket bucket, StoredObject object) {
    }

    record Bucket(String name) {
    }

    record StoredObject(String key, Long size) {
    }

    /** The arrivals to ingest, and the records refused before ingestion, each with its reason. */
    record Decoded(List<Arrival> arrivals, List<Rejection> refused) {
    }

    /**
     * Each {@code ObjectCreated} record of {@code bucket} under {@code inbox/} as an arrival: the key URL-decoded ({@code +} is a
     * space, {@code %xx} UTF-8 bytes) and filed under the day of the event's time in {@code zone} (so a
     * re-delivered event files under the same day); {@code now} stands in for a missing or malformed time.
     */
    Decoded arrivals(String bucket, ZoneId zone, Instant now) {
        List<Arrival> arrivals = new ArrayList<>();
        List<Rejection> refused = new ArrayList<>();
        for (EventRecord r : records) {
            String rawKey = r.s3() == null || r.s3().object() == null ? null : r.s3().object().key();
            if (rawKey == null) {
                refused.add(new Rejection("(no key)", "event record names no object"));
                continue;
            }
            String key;
            try {
                key = URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                refused.add(new Rejection(rawKey, "object key is not URL-encoded the way S3 sends it"));
                continue;
            }
            String eventBucket = r.s3().bucket() == null ? null : r.s3().bucket().name();
            if (!bucket.equals(eventBucket)) {
                refused.add(new Rejection(key, "in bucket " + eventBucket + ", not the configured " + bucket));
            } else if (r.eventName() == null || !r.eventName().startsWith("ObjectCreated:")) {
                refused.add(new Rejection(key, "event " + r.eventName() + " is not an upload"));
            } else if (!key.startsWith(BucketLayout.INBOX)) {
                refused.add(new Rejection(key, "not an upload: only objects under " + BucketLayout.INBOX
                        + " are ingested"));
            } else {
                arrivals.add(new Arrival(key, dayOf(r.eventTime(), zone, now)));
            }
        }
        return new Decoded(arrivals, refused);
    }

    private static LocalDate dayOf(String eventTime, ZoneId zone, Instant now) {
        Instant at = now;
        if (eventTime != null) {
            try {
                at = Instant.parse(eventTime);
            } catch (DateTimeParseException e) {
                at = now;
            }
        }
        return at.atZone(zone).toLocalDate();
    }
}
