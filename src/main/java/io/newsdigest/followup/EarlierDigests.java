package io.newsdigest.followup;

import io.newsdigest.digest.Digest;
import java.util.List;

/**
 * The digests of the days before a run, newest first, as read from the archive, and one line for each earlier day
 * that could not be used (missing, unreadable, malformed), naming it and saying why.
 */
public record EarlierDigests(List<Digest> digests, List<String> skipped) {

    public EarlierDigests {
        digests = List.copyOf(digests);
        skipped = List.copyOf(skipped);
    }

    /** No memory at all: every story is new. */
    public static EarlierDigests none() {
        return new EarlierDigests(List.of(), List.of());
    }
}
