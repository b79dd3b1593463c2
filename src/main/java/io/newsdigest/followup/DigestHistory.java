package io.newsdigest.followup;

import io.newsdigest.digest.Digest;
import io.newsdigest.json.DigestOutlineJson;
import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.StorageUnavailable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the digests of the {@code days} days before a run from the archive, and never one of the run's own day or
 * later, so a replay of a day compares with exactly what its first run compared with. A day whose digest is
 * missing, cannot be read or is not a digest of that day is skipped with a line naming it; nothing here stops a
 * run. Of each digest it keeps what the comparison reads ({@link #OUTLINE}).
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

    /** As {@link #before}, read when the digests are first asked for (once the day's own digest is made). */
    public EarlierDigests lazilyBefore(LocalDate day) {
        return EarlierDigests.lazily(() -> before(day));
    }

    /** The digests of the days before {@code day}, newest first, and the days skipped. */
    public EarlierDigests before(LocalDate day) {
        List<Digest> digests = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int back = 1; back <= days; back++) {
            LocalDate earlier = day.minusDays(back);
            String name = "digests/" + earlier + "/digest.json";
            Optional<byte[]> json;
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
            try {
                Digest d = OUTLINE.read(json.get());
                if (d == null || !earlier.toString().equals(d.date())) {
                    skipped.add(name + ": skipped, not the digest of " + earlier);
                    continue;
                }
                digests.add(d);
            } catch (RuntimeException e) {
                skipped.add(name + ": skipped, not a readable digest: " + oneLine(e.getMessage()));
            }
        }
        return new EarlierDigests(digests, skipped);
    }

    private static String oneLine(String message) {
        String m = message == null ? "malformed" : message.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
