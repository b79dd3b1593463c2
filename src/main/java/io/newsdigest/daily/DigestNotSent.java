package io.newsdigest.daily;

import java.time.LocalDate;

/**
 * A day's digest was composed and archived but the mail service refused it. The message says what to do; the
 * day stays open, so the next run (or a replay) sends it once the cause is fixed.
 */
public class DigestNotSent extends RuntimeException {

    public DigestNotSent(LocalDate day, String cause, Throwable error) {
        super("The digest for " + day + " was not sent: " + cause
                + " It is archived under digests/" + day + "/ and will be sent by the next run or by replaying"
                + " {\"date\": \"" + day + "\"}.", error);
    }
}
