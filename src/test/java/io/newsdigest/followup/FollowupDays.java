package io.newsdigest.followup;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;
import io.newsdigest.local.LocalDay;
import io.newsdigest.summary.DigestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The three invented days under {@code src/test/resources/followup/days}, digested in order, each told against
 * the digests before it, as the daily run would: a flood whose toll moves (Castelmar), a ferry grounding that
 * continues with nothing new on the second day (Aurora), a mine collapse quiet on the second day and back on the
 * third (Halvik), a theft new on the second day (Orsk), and on the third day a flood of the same kind in another
 * country that must not be linked to the first (Pellworth).
 */
final class FollowupDays {

    static final Path DAYS = Path.of("src/test/resources/followup/days");

    private static Map<String, Digest> digests;

    private FollowupDays() {
    }

    /** The digests by day, made once. */
    static synchronized Map<String, Digest> digests() {
        if (digests == null) {
            digests = digestsOf(DAYS);
        }
        return digests;
    }

    /**
     * The digests of the day folders ({@code YYYY-MM-DD}) under {@code days}, in order of day, each told against
     * the digests before it.
     */
    static Map<String, Digest> digestsOf(Path days) {
        Map<String, Digest> out = new TreeMap<>();
        List<Digest> earlier = new ArrayList<>();
        List<String> dates;
        try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.list(days)) {
            dates = dirs.map(d -> d.getFileName().toString()).filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String date : dates) {
            LocalDay day = LocalDay.read(List.of(days.resolve(date)), new ArticleParser());
            Digest d = new StoryFollower().follow(new DigestEngine().summarize(date, day.articles(), day.rejected()),
                    earlier, StoryFollower.openings(day.articles()));
            out.put(date, d);
            earlier.add(0, d);
        }
        return out;
    }

    /** The story of {@code date} whose articles' file names start with {@code event}. */
    static Story story(String date, String event) {
        for (Story s : digests().get(date).stories()) {
            if (s.articles().stream().allMatch(a -> Path.of(a.key()).getFileName().toString().startsWith(event))) {
                return s;
            }
        }
        throw new AssertionError("no story of " + event + " on " + date);
    }
}
