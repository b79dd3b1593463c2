package io.newsdigest.daily;

import io.newsdigest.port.DayMarker;
import io.newsdigest.port.DayMarkers;
import io.newsdigest.port.StoredMarker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Exactly one e-mail per day, although runs may be delivered twice, may overlap and may die anywhere: a run sends
 * only after claiming the day with a conditional write of its marker ({@code sending}), and marks the moment it
 * hands the e-mail to the mail service ({@code mailing}) before it does.
 *
 * <p>A claim is refused while another run's claim is fresh, or once the day is sent (unless forced). A failed
 * send leaves the day open. A {@code sending} claim whose run died is taken over by the next run: at once by
 * Lambda's retry of that very invocation (it carries the same request id, and Lambda retries only after the
 * attempt ended), by any run once the claim is older than the {@link #LEASE}. A {@code mailing} marker whose run
 * died is never taken over: the mail service may have the e-mail, and sending it again could mail it twice, so
 * the day is reported {@link DayReport.Outcome#UNCERTAIN} until an operator forces it. Every change of the marker
 * is conditional on its version, so two runs can never both take the day.
 */
public final class DayClaim {

    /** How long a claim holds without an outcome: longer than any run may take (Lambda's 15-minute limit). */
    public static final Duration LEASE = Duration.ofMinutes(15);

    private final DayMarkers markers;
    private final Clock clock;

    public DayClaim(DayMarkers markers, Clock clock) {
        this.markers = markers;
        this.clock = clock;
    }

    /** The day's marker if the day's e-mail was sent. */
    public Optional<DayMarker> sent(LocalDate day) {
        return markers.read(day).map(StoredMarker::marker).filter(m -> m.state() == DayMarker.State.SENT);
    }

    /** Claims {@code day} for {@code runId}; {@code force} takes even a day already sent. */
    public Claim claim(LocalDate day, boolean force, String runId) {
        Instant now = clock.instant();
        DayMarker mine = DayMarker.sending(runId, now);
        Optional<String> created = markers.create(day, mine);
        if (created.isPresent()) {
            return new Claim.Granted(day, runId, created.get());
        }
        Optional<StoredMarker> current = markers.read(day);
        if (current.isEmpty()) {
            return markers.create(day, mine).<Claim>map(v -> new Claim.Granted(day, runId, v))
                    .orElseGet(() -> new Claim.Refused(DayReport.Outcome.IN_PROGRESS, null));
        }
        DayMarker theirs = current.get().marker();
        boolean sameInvocation = runId != null && runId.equals(theirs.runId());
        boolean abandoned = sameInvocation || theirs.time().plus(LEASE).isBefore(now);
        boolean open = force || switch (theirs.state()) {
            case SENT, MAILING -> false;
            case SENDING -> abandoned;
            case FAILED -> true;
        };
        if (!open) {
            DayReport.Outcome why = switch (theirs.state()) {
                case SENT -> DayReport.Outcome.ALREADY_SENT;
                case MAILING -> abandoned ? DayReport.Outcome.UNCERTAIN : DayReport.Outcome.IN_PROGRESS;
                default -> DayReport.Outcome.IN_PROGRESS;
            };
            return new Claim.Refused(why, theirs);
        }
        return markers.replace(day, mine, current.get().version())
                .<Claim>map(v -> new Claim.Granted(day, runId, v))
                .orElseGet(() -> new Claim.Refused(DayReport.Outcome.IN_PROGRESS, null));
    }

    /**
     * Marks that the claimed day's e-mail is about to be handed to the mail service; the claim to send it with, or
     * empty if the claim was lost meanwhile (then nothing may be sent).
     */
    public Optional<Claim.Granted> handOver(Claim.Granted claim) {
        return markers.replace(claim.day(), DayMarker.mailing(claim.runId(), clock.instant()), claim.version())
                .map(v -> new Claim.Granted(claim.day(), claim.runId(), v));
    }

    /** Records that the claimed day was sent; {@code false} if the claim was lost meanwhile (its lease ran out). */
    public boolean recordSent(Claim.Granted claim, String messageId) {
        return markers.replace(claim.day(), DayMarker.sent(claim.runId(), clock.instant(), messageId),
                claim.version()).isPresent();
    }

    /** Gives the claimed day back after a failed send, with the reason, so a later run may try again. */
    public void release(Claim.Granted claim, String reason) {
        markers.replace(claim.day(), DayMarker.failed(claim.runId(), clock.instant(), reason), claim.version());
    }
}
