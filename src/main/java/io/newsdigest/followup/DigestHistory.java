package io.newsdigest.followup;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.json.Json;
import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.StorageUnavailable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the digests of the {@code days} days before a run from the archive, and never one of the run's own day or
 * later, so a replay of a day compares with exactly what its first run compared with. A day whose digest is
 * missing, cannot be read or is not a digest of that day is skipped with a line naming it; nothing here stops a
 * run. Of each digest it keeps what the comparison reads ({@link #readable}).
 */
public final class DigestHistory {

    /** Days read back by default: a week. */
    public static final int DEFAULT_DAYS = 7;

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
                Digest d = Json.read(json.get(), Digest.class);
                if (d == null || !earlier.toString().equals(d.date())) {
                    skipped.add(name + ": skipped, not the digest of " + earlier);
                    continue;
                }
                digests.add(readable(d));
            } catch (RuntimeException e) {
                skipped.add(name + ": skipped, not a readable digest: " + oneLine(e.getMessage()));
            }
        }
        return new EarlierDigests(digests, skipped);
    }

    /**
     * What the comparison reads of an earlier digest, and no more, so that a week of large digests stays small
     * beside the day's own articles: each fact and side with its first {@link ReportedStory#QUOTES} quotes and
     * their articles, and of the articles those referred to and the first {@link ReportedStory#TITLES}.
     */
    private static Digest readable(Digest d) {
        List<Story> stories = new ArrayList<>();
        for (Story s : d.stories()) {
            Set<String> keys = new HashSet<>();
            List<SharedFact> facts = new ArrayList<>();
            for (SharedFact f : s.sharedFacts()) {
                List<Evidence> quotes = first(f.evidence(), ReportedStory.QUOTES);
                facts.add(new SharedFact(f.text(), first(f.supportedBy(), ReportedStory.QUOTES), quotes, f.fresh()));
                refer(keys, f.supportedBy(), quotes);
            }
            List<Disagreement> disagreements = new ArrayList<>();
            for (Disagreement x : s.disagreements()) {
                List<Side> sides = new ArrayList<>();
                for (Side side : x.sides()) {
                    List<Evidence> quotes = first(side.evidence(), ReportedStory.QUOTES);
                    sides.add(new Side(side.text(), first(side.supportedBy(), ReportedStory.QUOTES), quotes));
                    refer(keys, side.supportedBy(), quotes);
                }
                disagreements.add(new Disagreement(x.topic(), x.kind(), sides));
            }
            for (UniqueClaim c : s.uniqueClaims()) {
                keys.add(c.article());
            }
            List<ArticleRef> articles = new ArrayList<>();
            for (int i = 0; i < s.articles().size(); i++) {
                ArticleRef a = s.articles().get(i);
                if (i < ReportedStory.TITLES || keys.contains(a.key())) {
                    articles.add(a);
                }
            }
            stories.add(new Story(s.id(), s.headline(), articles, facts, disagreements, s.uniqueClaims(),
                    s.continues(), List.of(), s.settled()));
        }
        return new Digest(d.date(), d.articleCount(), List.of(), stories);
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : List.copyOf(list.subList(0, n));
    }

    private static void refer(Set<String> keys, List<String> supportedBy, List<Evidence> quotes) {
        keys.addAll(first(supportedBy, ReportedStory.QUOTES));
        for (Evidence e : quotes) {
            keys.add(e.article());
        }
    }

    private static String oneLine(String message) {
        String m = message == null ? "malformed" : message.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
