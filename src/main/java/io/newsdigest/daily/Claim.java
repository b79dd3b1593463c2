package io.newsdigest.daily;

import io.newsdigest.port.DayMarker;
import java.time.LocalDate;

/** The answer to claiming a day: this run may send it, or it may not and why. */
public sealed interface Claim permits Claim.Granted, Claim.Refused {

    /** This run holds the day; {@code version} is its marker's, needed to record the outcome. */
    record Granted(LocalDate day, String runId, String version) implements Claim {
    }

    /** Another run sent the day or is sending it now; {@code marker} is what it wrote. */
    record Refused(DayReport.Outcome outcome, DayMarker marker) implements Claim {
    }
}
