package io.newsdigest.followup;

import io.newsdigest.digest.Digest;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The digests of the days before a run, newest first, as read from the archive, and one line for each earlier day
 * that could not be used (missing, unreadable, malformed), naming it and saying why. Either given, or read on
 * first use ({@link #lazily}), so that a run reads them only once its own digest is made and the two never take
 * memory at the same time.
 */
public final class EarlierDigests {

    private final Supplier<EarlierDigests> source;
    private EarlierDigests read;
    private final List<Digest> digests;
    private final List<String> skipped;

    public EarlierDigests(List<Digest> digests, List<String> skipped) {
        this.digests = List.copyOf(digests);
        this.skipped = List.copyOf(skipped);
        this.source = null;
        this.read = this;
    }

    private EarlierDigests(Supplier<EarlierDigests> source) {
        this.digests = null;
        this.skipped = null;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** No memory at all: every story is new. */
    public static EarlierDigests none() {
        return new EarlierDigests(List.of(), List.of());
    }

    /** Digests that {@code source} reads when they are first asked for, once. */
    public static EarlierDigests lazily(Supplier<EarlierDigests> source) {
        return new EarlierDigests(source);
    }

    /** The earlier digests, newest first. */
    public List<Digest> digests() {
        return resolved().digests;
    }

    /** One line per earlier day skipped; empty while nothing was read. */
    public List<String> skipped() {
        EarlierDigests r;
        synchronized (this) {
            r = read;
        }
        return r == null ? List.of() : r.skipped;
    }

    private synchronized EarlierDigests resolved() {
        if (read == null) {
            read = source.get();
        }
        return read;
    }
}
