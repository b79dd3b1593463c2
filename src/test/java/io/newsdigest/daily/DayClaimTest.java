package io.newsdigest.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.port.DayMarker;
import io.newsdigest.port.DayMarkers;
import io.newsdigest.port.StoredMarker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may take a day, for every state its marker can be in, as the table in RELIABILITY.md says. */
class DayClaimTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);
    private static final Instant MARKED = Instant.parse("2024-06-21T07:00:00Z");

    /** Markers in memory, each write conditional and atomic, as S3 makes them. */
    static final class Markers implements DayMarkers {
        private final Map<LocalDate, StoredMarker> stored = new HashMap<>();
        private int versions;

        @Override
        public synchronized Optional<StoredMarker> read(LocalDate day) {
            return Optional.ofNullable(stored.get(day));
        }

        @Override
        public synchronized Optional<String> create(LocalDate day, DayMarker marker) {
            if (stored.containsKey(day)) {
                return Optional.empty();
            }
            return Optional.of(put(day, marker));
        }

        @Override
        public synchronized Optional<String> replace(LocalDate day, DayMarker marker, String version) {
            StoredMarker current = stored.get(day);
            if (current == null || !current.version().equals(version)) {
                return Optional.empty();
            }
            return Optional.of(put(day, marker));
        }

        private String put(LocalDate day, DayMarker marker) {
            String v = "v" + ++versions;
            stored.put(day, new StoredMarker(marker, v));
            return v;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // marker state, its run, minutes since it was written, this run, forced, expected outcome
                Arguments.of("none", null, 0, "run-b", false, "GRANTED"),
                Arguments.of("sending", "run-a", 1, "run-b", false, "IN_PROGRESS"),
                Arguments.of("sending", "run-a", 1, "run-a", false, "GRANTED"),
                Arguments.of("sending", "run-a", 16, "run-b", false, "GRANTED"),
                Arguments.of("mailing", "run-a", 1, "run-b", false, "IN_PROGRESS"),
                Arguments.of("mailing", "run-a", 1, "run-a", false, "UNCERTAIN"),
                Arguments.of("mailing", "run-a", 600, "run-b", false, "UNCERTAIN"),
                Arguments.of("mailing", "run-a", 600, "run-b", true, "GRANTED"),
                Arguments.of("failed", "run-a", 1, "run-b", false, "GRANTED"),
                Arguments.of("sent", "run-a", 1, "run-a", false, "ALREADY_SENT"),
                Arguments.of("sent", "run-a", 1, "run-b", true, "GRANTED"));
    }

    @ParameterizedTest(name = "{0} by {1}, {2} min ago; {3} forced={4}: {5}")
    @MethodSource("cases")
    void a_claim_is_granted_or_refused_by_the_state_of_the_days_marker(String state, String by, int minutes,
                                                                        String runId, boolean force, String expected) {
        Markers markers = new Markers();
        Instant at = MARKED;
        if (!state.equals("none")) {
            DayMarker m = switch (state) {
                case "sending" -> DayMarker.sending(by, at);
                case "mailing" -> DayMarker.mailing(by, at);
                case "failed" -> DayMarker.failed(by, at, "refused");
                default -> DayMarker.sent(by, at, "message-1");
            };
            markers.create(DAY, m);
        }
        DayClaim claims = new DayClaim(markers, Clock.fixed(at.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC));

        Claim claim = claims.claim(DAY, force, runId);

        String outcome = claim instanceof Claim.Refused r ? r.outcome().name() : "GRANTED";
        assertEquals(expected, outcome);
        if (claim instanceof Claim.Granted g) {
            assertEquals(DayMarker.State.SENDING, markers.read(DAY).orElseThrow().marker().state());
            assertTrue(claims.handOver(g).isPresent(), "the holder of a claim may hand the mail over");
        }
    }
}
