package io.newsdigest.port;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a day's e-mail stands.
 *
 * @param state     {@code sending} (a run claimed the day), {@code mailing} (the run handed the e-mail to the mail
 *                  service and has not heard back), {@code sent}, or {@code failed} (may be tried again)
 * @param runId     the run that wrote the marker (the Lambda request id)
 * @param at        when the marker was written, ISO-8601
 * @param messageId the mail service's message id, once sent
 * @param reason    why sending failed, for the operator
 */
public record DayMarker(State state, String runId, String at, String messageId, String reason) {

    public enum State {
        @JsonProperty("sending") SENDING,
        @JsonProperty("mailing") MAILING,
        @JsonProperty("sent") SENT,
        @JsonProperty("failed") FAILED
    }

    public DayMarker {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }

    public static DayMarker sending(String runId, Instant at) {
        return new DayMarker(State.SENDING, runId, at.toString(), null, null);
    }

    public static DayMarker mailing(String runId, Instant at) {
        return new DayMarker(State.MAILING, runId, at.toString(), null, null);
    }

    public static DayMarker sent(String runId, Instant at, String messageId) {
        return new DayMarker(State.SENT, runId, at.toString(), messageId, null);
    }

    public static DayMarker failed(String runId, Instant at, String reason) {
        return new DayMarker(State.FAILED, runId, at.toString(), null, reason);
    }

    public Instant time() {
        return Instant.parse(at);
    }
}
