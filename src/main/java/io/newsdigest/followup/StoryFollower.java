package io.newsdigest.followup;

import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells, for one day's digest, which stories continue a story of the digests before it: each story that covers
 * the same event as a story of an earlier digest ({@link EventLinks}) {@code continues} the latest of them.
 *
 * <p>Pure: takes the earlier digests as values, never reads anything, and gives the same digest for the same
 * inputs. Without earlier digests, the digest comes back as it was.
 */
public final class StoryFollower {

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final EventLinks links = new EventLinks(tokenizer, analyzer);

    /** {@code today} told against {@code earlier}; only digests of days before today's count. */
    public Digest follow(Digest today, List<Digest> earlier) {
        List<ReportedStory> todays = reported(List.of(today));
        List<ReportedStory> before = reported(earlier.stream().filter(d -> d.date().compareTo(today.date()) < 0)
                .toList());
        if (before.isEmpty() || todays.isEmpty()) {
            return today;
        }
        List<List<ReportedStory>> linked = links.link(todays, before);
        List<Story> followed = new ArrayList<>();
        for (int i = 0; i < todays.size(); i++) {
            Story s = todays.get(i).story();
            List<ReportedStory> same = linked.get(i);
            if (same.isEmpty()) {
                followed.add(s);
            } else {
                ReportedStory latest = same.get(0);
                followed.add(s.following(new Continuation(latest.date(), latest.story().id(),
                        latest.story().headline())));
            }
        }
        return new Digest(today.date(), today.articleCount(), today.rejected(), followed);
    }

    private static List<ReportedStory> reported(List<Digest> digests) {
        List<ReportedStory> out = new ArrayList<>();
        for (Digest d : digests) {
            for (int i = 0; i < d.stories().size(); i++) {
                Story s = d.stories().get(i);
                if (s != null && s.id() != null) {
                    out.add(new ReportedStory(d.date(), i, s));
                }
            }
        }
        return out;
    }
}
