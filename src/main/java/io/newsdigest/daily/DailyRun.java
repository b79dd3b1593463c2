package io.newsdigest.daily;

import io.newsdigest.followup.DigestHistory;
import io.newsdigest.followup.EarlierDigests;
import io.newsdigest.port.ArticleStore;
import io.newsdigest.port.DayArticles;
import io.newsdigest.port.DayMarker;
import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.MailRejected;
import io.newsdigest.port.Mailer;
import io.newsdigest.port.OutgoingMail;
import io.newsdigest.port.Progress;
import io.newsdigest.port.Unsubscribes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One day's digest, end to end: read the day's articles and rejected uploads and the digests of the days
 * before, leave out the recipients who unsubscribed, compose the edition (what is new since those digests
 * included), archive it, claim the day, mark
 * the hand-over, mail it, record the mail's id. The archive is written before anything is sent, so nothing is
 * lost when sending fails. When each recipient gets a message of their own, the day counts as sent once any
 * message went out (those that failed are named in the report). The claim makes sure the day is mailed once
 * however often runs are delivered, and never twice when a run dies after handing the e-mail over (see {@link DayClaim}).
 */
public final class DailyRun {

    private final ArticleStore articles;
    private final EditionComposer composer;
    private final DigestArchive archive;
    private final DayClaim claims;
    private final Mailer mailer;
    private final Unsubscribes unsubscribes;
    private final EmptyDay emptyDay;
    private final DigestHistory history;

    /**
     * @param history the digests of the days before a run, read from the same archive the run keeps its own in
     */
    public DailyRun(ArticleStore articles, EditionComposer composer, DigestArchive archive, DayClaim claims,
                    Mailer mailer, Unsubscribes unsubscribes, EmptyDay emptyDay, DigestHistory history) {
        this.articles = articles;
        this.composer = composer;
        this.archive = archive;
        this.claims = claims;
        this.mailer = mailer;
        this.unsubscribes = unsubscribes;
        this.emptyDay = emptyDay;
        this.history = history;
    }

    /** The day a run at {@code time} summarizes: the day before, in {@code zone}. */
    public static LocalDate dayBefore(Instant time, ZoneId zone) {
        return time.atZone(zone).toLocalDate().minusDays(1);
    }

    /**
     * Mails {@code day}'s digest unless it was mailed before ({@code force} mails it again). A day without
     * articles is still mailed, even when empty days are skipped, if an upload of the day could not be read: its
     * sender should learn of it.
     *
     * @param runId identifies this run in the day's marker
     * @throws DigestNotSent when the mail service refuses the message (the day stays open)
     */
    public DayReport run(LocalDate day, boolean force, String runId) {
        if (!force) {
            Optional<DayMarker> sent = claims.sent(day);
            if (sent.isPresent()) {
                return new DayReport(day.toString(), DayReport.Outcome.ALREADY_SENT, 0, 0, 0,
                        sent.get().messageId(), "sent before, at " + sent.get().at());
            }
        }
        DayArticles stored = articles.day(day);
        int unreadable = stored.unreadable().size();
        if (stored.articles().isEmpty() && unreadable == 0 && emptyDay == EmptyDay.SKIP) {
            return new DayReport(day.toString(), DayReport.Outcome.NOTHING_TO_SEND, 0, 0, 0, null,
                    "no articles for the day; empty days are skipped");
        }
        EarlierDigests earlier = history.before(day);
        Set<String> unsubscribed = unsubscribes.among(composer.recipientAddresses());
        Edition edition = composer.compose(day, stored.articles(), stored.unreadable(), earlier, unsubscribed,
                Progress.NONE);
        archive.keep(day, edition.files());
        int storyCount = edition.digest().stories().size();
        int articleCount = edition.digest().articleCount();
        int skipped = unsubscribed.size();
        if (edition.mails().isEmpty()) {
            return new DayReport(day.toString(), DayReport.Outcome.NOTHING_TO_SEND, articleCount, storyCount,
                    unreadable, null, "every recipient has unsubscribed; the digest is archived only", earlier.skipped(),
                    skipped);
        }

        Claim claim = claims.claim(day, force, runId);
        if (claim instanceof Claim.Refused refused) {
            DayMarker m = refused.marker();
            String note = m == null ? "another run took the day just now"
                    : refused.outcome() == DayReport.Outcome.UNCERTAIN ? uncertain(day, m)
                    : "marker says " + m.state().name().toLowerCase(java.util.Locale.ROOT) + " since " + m.at();
            return new DayReport(day.toString(), refused.outcome(), articleCount, storyCount, unreadable,
                    m == null ? null : m.messageId(), note, earlier.skipped(), skipped);
        }
        Optional<Claim.Granted> handedOver = claims.handOver((Claim.Granted) claim);
        if (handedOver.isEmpty()) {
            return new DayReport(day.toString(), DayReport.Outcome.IN_PROGRESS, articleCount, storyCount, unreadable,
                    null, "another run took the day over before this one handed the e-mail to the mail service",
                    earlier.skipped(), skipped);
        }
        Claim.Granted granted = handedOver.get();
        List<String> messageIds = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        RuntimeException firstFailure = null;
        for (OutgoingMail mail : edition.mails()) {
            try {
                messageIds.add(mailer.send(mail));
            } catch (RuntimeException e) {
                failed.add(mail.to() + ": " + e.getMessage());
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (messageIds.isEmpty()) {
            releaseQuietly(granted, firstFailure instanceof MailRejected ? firstFailure.getMessage()
                    : "sending failed: " + firstFailure.getMessage(), firstFailure);
            if (firstFailure instanceof MailRejected) {
                throw new DigestNotSent(day, firstFailure.getMessage(), firstFailure);
            }
            throw firstFailure;
        }
        String messageId = String.join(" ", messageIds);
        boolean recorded = claims.recordSent(granted, messageId);
        String note = recorded ? null : "sent, but the day's marker had been taken over; another run may send again";
        if (!failed.isEmpty()) {
            note = (note == null ? "" : note + "; ") + "sent to the others, but not to " + String.join("; ", failed)
                    + ". The day counts as sent; mail the digest archived under the day to them by hand.";
        }
        return new DayReport(day.toString(), DayReport.Outcome.SENT, articleCount, storyCount, unreadable, messageId,
                note, earlier.skipped(), skipped);
    }

    private static String uncertain(LocalDate day, DayMarker m) {
        return "run " + m.runId() + " handed the e-mail of " + day + " to the mail service at " + m.at()
                + " and stopped before it heard back, so it may or may not have been sent; nothing is sent again"
                + " on its own. If the recipients did not get it, replay the day with {\"date\": \"" + day
                + "\", \"force\": true}.";
    }

    private void releaseQuietly(Claim.Granted claim, String reason, RuntimeException failure) {
        try {
            claims.release(claim, reason);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
