package io.newsdigest.daily;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import io.newsdigest.digest.Digest;
import io.newsdigest.followup.EarlierDigests;
import io.newsdigest.followup.StoryFollower;
import io.newsdigest.json.Json;
import io.newsdigest.port.OutgoingMail;
import io.newsdigest.port.Progress;
import io.newsdigest.render.DigestEmail;
import io.newsdigest.render.DigestRenderer;
import io.newsdigest.render.Mailing;
import io.newsdigest.render.RenderedDigest;
import io.newsdigest.summary.DigestEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a day's {@link Edition} from its articles: the engine's digest, rendered through the templates, and the
 * e-mail built from the renderings. The same composer serves the digest function and {@code digest} on the
 * command line, so a local run writes exactly what would be mailed. No side effects.
 */
public final class EditionComposer {

    private final DigestEngine engine;
    private final StoryFollower follower = new StoryFollower();
    private final DigestRenderer renderer;
    private final Mailing mailing;
    private final Clock clock;

    public EditionComposer(DigestEngine engine, DigestRenderer renderer, Mailing mailing, Clock clock) {
        this.engine = engine;
        this.renderer = renderer;
        this.mailing = mailing;
        this.clock = clock;
    }

    /** The edition of {@code day} with no earlier digest to compare with: every story is new. */
    public Edition compose(LocalDate day, List<Article> articles, List<Rejection> rejected) {
        return compose(day, articles, rejected, EarlierDigests.none(), Set.of(), Progress.NONE);
    }

    /**
     * The edition of {@code day}, told against the digests of the days before it ({@link StoryFollower}): which
     * stories continue a story of an earlier digest; {@code progress} hears of each story summarized.
     */
    public Edition compose(LocalDate day, List<Article> articles, List<Rejection> rejected, EarlierDigests earlier,
            Progress progress) {
        return compose(day, articles, rejected, earlier, Set.of(), progress);
    }

    /**
     * As {@link #compose(LocalDate, List, List, EarlierDigests, Progress)}, mailed to every recipient but those
     * {@code unsubscribed} (bare addresses, any case).
     */
    public Edition compose(LocalDate day, List<Article> articles, List<Rejection> rejected, EarlierDigests earlier,
            Set<String> unsubscribed, Progress progress) {
        Digest digest = follower.follow(engine.summarize(day.toString(), articles, rejected, progress),
                earlier.digests(), StoryFollower.openings(articles));
        RenderedDigest rendered = renderer.render(digest, mailing.unsubscribeAddress());
        Instant now = clock.instant();
        List<String> to = mailing.recipientsExcept(unsubscribed);
        List<OutgoingMail> mails = new ArrayList<>();
        if (mailing.oneClick() != null) {
            for (String recipient : to) {
                mails.add(mail(List.of(recipient), rendered, now));
            }
        } else if (!to.isEmpty()) {
            mails.add(mail(to, rendered, now));
        }
        return new Edition(digest, Json.writePretty(digest) + "\n", rendered, mails);
    }

    /** The bare addresses of every configured recipient, unsubscribed or not. */
    public List<String> recipientAddresses() {
        return mailing.recipientAddresses();
    }

    private OutgoingMail mail(List<String> to, RenderedDigest rendered, Instant now) {
        byte[] mime = DigestEmail.compose(mailing, to, rendered, now);
        return new OutgoingMail(mailing.senderAddress(), to.stream().map(Mailing::bare).toList(), rendered.subject(), mime);
    }
}
