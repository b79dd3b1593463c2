package io.newsdigest.daily;

import java.util.List;

/**
 * What a daily run did, returned by the digest function.
 *
 * @param date       the day, {@code YYYY-MM-DD}
 * @param articles   articles that went into the digest (0 when nothing was composed)
 * @param stories    stories in the digest
 * @param unreadable uploads of the day rejected at ingestion, and stored articles that could not be read back
 * @param messageId  the mail service's message id: of this run's e-mail when {@code SENT} (ids, space-separated,
 *                   when each recipient got their own), of the earlier one when {@code ALREADY_SENT}
 * @param note       anything the operator should know (for example that the outcome could not be recorded)
 * @param skipped    earlier digests the run could not compare with, one line each naming it and why
 * @param unsubscribed configured recipients left out because they unsubscribed
 */
public record DayReport(String date, Outcome outcome, int articles, int stories, int unreadable, String messageId,
                        String note, List<String> skipped, int unsubscribed) {

    public DayReport {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A report of a run that read no earlier digest and left out no recipient. */
    public DayReport(String date, Outcome outcome, int articles, int stories, int unreadable, String messageId,
                     String note) {
        this(date, outcome, articles, stories, unreadable, messageId, note, List.of(), 0);
    }

    public enum Outcome {
        /** This run mailed the day's digest. */
        SENT,
        /** The day had been mailed before; nothing was sent. */
        ALREADY_SENT,
        /** Another run holds the day right now; nothing was sent. */
        IN_PROGRESS,
        /** No articles, and empty days are skipped; nothing was sent. */
        NOTHING_TO_SEND,
        /**
         * A run handed the day's e-mail to the mail service and stopped before it heard back: the e-mail may or
         * may not have gone out. Nothing is sent again unless an operator forces the day.
         */
        UNCERTAIN
    }
}
