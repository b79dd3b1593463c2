package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.daily.Claim;
import io.newsdigest.daily.DayClaim;
import io.newsdigest.daily.DayReport;
import io.newsdigest.port.DayMarker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Claiming days through S3 conditional writes: who may send a day, decided by S3. (Racing claims are left to S3's
 * guarantee that conditional writes of one key are serialized; S3Mock does not serialize them, so a race test
 * here would test the mock, not the claim.)
 */
@ExtendWith(S3MockServer.class)
class S3DayMarkersTest {

    private static final Instant NOW = Instant.parse("2024-06-21T07:00:00Z");

    private static S3Client s3;
    private static S3DayMarkers markers;
    private static int nextDay;

    @BeforeAll
    static void bucket() {
        TestAws.credentials();
        String bucket = S3MockServer.newBucket("markers");
        s3 = AwsClients.s3(Configuration.fromEnvironment(Map.of("NEWS_DIGEST_BUCKET", bucket,
                "NEWS_DIGEST_S3_ENDPOINT", S3MockServer.endpoint().toString())));
        s3.createBucket(b -> b.bucket(bucket));
        markers = new S3DayMarkers(s3, bucket);
    }

    @Test
    void the_first_claim_wins_and_the_next_is_refused_while_it_is_fresh() {
        LocalDate day = newDay();

        Claim first = claims(NOW).claim(day, false, "run-1");
        Claim second = claims(NOW.plusSeconds(30)).claim(day, false, "run-2");

        assertInstanceOf(Claim.Granted.class, first);
        Claim.Refused refused = assertInstanceOf(Claim.Refused.class, second);
        assertEquals(DayReport.Outcome.IN_PROGRESS, refused.outcome());
        assertEquals("run-1", refused.marker().runId());
    }

    @Test
    void a_sent_day_is_refused_unless_forced() {
        LocalDate day = newDay();
        Claim.Granted granted = (Claim.Granted) claims(NOW).claim(day, false, "run-1");
        assertTrue(claims(NOW).recordSent(granted, "ses-123"));
        assertEquals("ses-123", claims(NOW).sent(day).orElseThrow().messageId());

        Claim again = claims(NOW.plusSeconds(60)).claim(day, false, "run-2");
        Claim forced = claims(NOW.plusSeconds(60)).claim(day, true, "run-3");

        Claim.Refused refused = assertInstanceOf(Claim.Refused.class, again);
        assertEquals(DayReport.Outcome.ALREADY_SENT, refused.outcome());
        assertEquals("ses-123", refused.marker().messageId());
        assertInstanceOf(Claim.Granted.class, forced);
    }

    @Test
    void a_failed_send_leaves_the_day_open_and_records_why() {
        LocalDate day = newDay();
        Claim.Granted granted = (Claim.Granted) claims(NOW).claim(day, false, "run-1");
        claims(NOW).release(granted, "SES rejected the message");

        assertEquals(DayMarker.State.FAILED, markers.read(day).orElseThrow().marker().state());
        assertEquals("SES rejected the message", markers.read(day).orElseThrow().marker().reason());
        assertInstanceOf(Claim.Granted.class, claims(NOW.plusSeconds(60)).claim(day, false, "run-2"));
    }

    @Test
    void a_claim_older_than_the_lease_was_abandoned_and_is_taken_over() {
        LocalDate day = newDay();
        Claim.Granted dead = (Claim.Granted) claims(NOW).claim(day, false, "run-that-died");

        Claim late = claims(NOW.plus(DayClaim.LEASE).plusSeconds(1)).claim(day, false, "run-2");

        assertInstanceOf(Claim.Granted.class, late);
        assertEquals(false, claims(NOW).recordSent(dead, "ses-too-late"), "the dead run's claim is gone");
    }

    @Test
    void a_day_without_a_marker_has_none() {
        assertEquals(java.util.Optional.empty(), markers.read(newDay()));
        assertEquals(java.util.Optional.empty(), claims(NOW).sent(newDay()));
    }

    private static DayClaim claims(Instant at) {
        return new DayClaim(markers, Clock.fixed(at, ZoneOffset.UTC));
    }

    private static synchronized LocalDate newDay() {
        return LocalDate.of(2024, 1, 1).plusDays(nextDay++);
    }
}
