package io.newsdigest.followup;

import io.newsdigest.digest.Digest;
import io.newsdigest.json.DigestOutlineJson;
import io.newsdigest.json.Json;
import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.StorageUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the digests of the {@code days} days before a run from the archive, and never one of the run's own day or
 * later, so a replay of a day compares with exactly what its first run compared with. A day whose digest is
 * missing, cannot be read or is not a digest of that day is skipped with a line naming it; nothing here stops a
 * run. Of each digest it keeps what the comparison reads ({@link #OUTLINE}), read from the outline kept beside the
 * digest ({@link #outlineJson}) when there is a usable one, else from the digest itself.
 */
public final class DigestHistory {

    /** Days read back by default: a week. */
    public static final int DEFAULT_DAYS = 7;

    /**
     * What the comparison reads of an earlier digest, and no more, so that a week of large digests stays small
     * beside the day's own articles and is quick to read: each fact and side with its first
     * {@link ReportedStory#QUOTES} quotes and their articles, and of the articles those referred to and the first
     * {@link ReportedStory#TITLES}.
     */
    private static final DigestOutlineJson OUTLINE = new DigestOutlineJson(ReportedStory.QUOTES, ReportedStory.TITLES);

    private final DigestArchive archive;
    private final int days;

    /** @param days how many days before a run to read; 0 reads none */
    public DigestHistory(DigestArchive archive, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        this.archive = archive;
        this.days = days;
    }

    /** The outline of {@code digest} that later runs read, as JSON: the archive keeps it beside the digest. */
    public static String outlineJson(Digest digest) {
        return Json.write(OUTLINE.outline(digest));
    }

    /** As {@link #before}, read when the digests are first asked for (once the day's own digest is made). */
    public EarlierDigests lazilyBefore(LocalDate day) {
        return EarlierDigests.lazily(() -> before(day));
    }

    /** The digests of the days before {@code day}, newest first, and the days skipped. */
    public EarlierDigests before(LocalDate day) {
        List<Digest> digests = new ArrayList<>();
        Map<String, String> strings = new HashMap<>(); // what the days repeat, held once
        List<String> skipped = new ArrayList<>();
        for (int back = 1; back <= days; back++) {
            LocalDate earlier = day.minusDays(back);
            Digest outline = outline(earlier, strings);
            if (outline != null) {
                digests.add(outline);
                continue;
            }
            String name = "digests/" + earlier + "/digest.json";
            Optional<InputStream> json;
            try {
                json = archive.digestJson(earlier);
            } catch (StorageUnavailable e) {
                skipped.add(name + ": skipped, cannot be read: " + e.getMessage());
                continue;
            }
            if (json.isEmpty()) {
                skipped.add(name + ": skipped, there is none");
                continue;
            }
            try (InputStream in = json.get()) {
                Digest d = OUTLINE.read(in, strings);
                if (d == null || !earlier.toString().equals(d.date())) {
                    skipped.add(name + ": skipped, not the digest of " + earlier);
                    continue;
                }
                digests.add(d);
            } catch (IOException | RuntimeException e) {
                skipped.add(name + ": skipped, not a readable digest: " + oneLine(e.getMessage()));
            }
        }
        return new EarlierDigests(digests, skipped);
    }

    /**
     * The outline kept beside the digest of {@code day}, or null when there is none or it cannot be used (a run
     * before outlines were kept, a write that failed half way): the digest itself is read then.
     */
    private Digest outline(LocalDate day, Map<String, String> strings) {
        try {
            Optional<InputStream> json = archive.outlineJson(day);
            if (json.isEmpty()) {
                return null;
            }
            try (InputStream in = json.get()) {
                Digest d = OUTLINE.read(in, strings);
                return d != null && day.toString().equals(d.date()) ? d : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String oneLine(String message) {
        String m = message == null ? "malformed" : message.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
