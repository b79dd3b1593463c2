package io.newsdigest.aws;

import static io.newsdigest.aws.Faults.anyKey;
import static io.newsdigest.aws.Faults.key;
import static io.newsdigest.aws.Faults.s3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S3 failing under the functions, on the S3 API server with faults injected into the SDK's calls: throttling
 * ({@code 503 SlowDown}) and server errors on reads, listings and writes are retried; a write whose answer is
 * lost after S3 made it is not made twice; an upload S3 keeps failing is reported with its key while the others
 * are filed, and the redelivered event files it without touching the rest.
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class StorageFaultTest {

    private Cloud cloud;

    @BeforeEach
    void freshBucket() {
        cloud = new Cloud("faults");
        SesEmulator.clear();
    }

    @Test
    void throttling_and_server_errors_on_every_call_of_ingestion_are_retried() {
        List<String> keys = cloud.upload("library-strike-ledger.txt");
        Faults faults = new Faults()
                .fail("HeadObject", anyKey(), 1, s3(500, "InternalError"))
                .fail("GetObject", anyKey(), 2, s3(503, "SlowDown"))
                .fail("PutObject", anyKey(), 1, s3(503, "SlowDown"));

        Cloud.Result r = cloud.ingest(keys, faults);

        assertNull(r.failure());
        assertEquals(1, r.report().get("filed").size());
        assertTrue(faults.allStruck());
        assertEquals(2, faults.attempts("HeadObject"));
        assertEquals(3, faults.attempts("GetObject"));
        assertEquals(2, faults.attempts("PutObject"));
        assertEquals(1, cloud.keys("articles/" + Cloud.DAY + "/").size());
    }

    @Test
    void a_filing_whose_answer_was_lost_is_not_filed_twice() {
        List<String> keys = cloud.upload("library-strike-ledger.txt");
        Faults faults = new Faults().loseAnswer("PutObject", anyKey(), 1);

        Cloud.Result r = cloud.ingest(keys, faults);

        assertNull(r.failure());
        assertTrue(faults.allStruck());
        assertEquals(2, faults.attempts("PutObject"), "the write was retried...");
        assertEquals(1, cloud.keys("articles/" + Cloud.DAY + "/").size(), "...and found already made");
        assertEquals(keys.get(0), r.report().get("filed").get(0).get("key").asText());
    }

    @Test
    void an_upload_s3_keeps_failing_is_reported_the_others_are_filed_and_the_redelivery_completes_it() {
        List<String> keys = cloud.upload("library-strike-lamplighter.txt", "library-strike-ledger.txt",
                "fenwick-footbridge.json");
        String broken = keys.get(1);
        Faults faults = new Faults().fail("GetObject", key(broken), Integer.MAX_VALUE, s3(500, "InternalError"));

        Cloud.Result first = cloud.ingest(keys, faults);

        assertTrue(first.failure() instanceof IllegalStateException, "the invocation fails so Lambda retries it");
        assertTrue(first.failure().getMessage().contains("will be retried"), first.failure().getMessage());
        List<String> filed = new ArrayList<>();
        first.report().get("filed").forEach(f -> filed.add(f.get("key").asText()));
        assertEquals(List.of(keys.get(0), keys.get(2)), filed, "the other uploads are filed");
        JsonNode retryable = first.report().get("retryable");
        assertEquals(1, retryable.size());
        assertEquals(broken, retryable.get(0).get("key").asText());
        assertTrue(retryable.get(0).get("reason").asText().contains("InternalError (500)"),
                retryable.get(0).toString());
        assertTrue(first.logged().stream().anyMatch(l -> l.startsWith("ERROR") && l.contains(broken)), "and logged");

        Cloud.Result redelivered = cloud.ingest(keys);

        assertNull(redelivered.failure());
        List<Boolean> duplicates = new ArrayList<>();
        redelivered.report().get("filed").forEach(f -> duplicates.add(f.get("duplicate").asBoolean()));
        assertEquals(List.of(true, false, true), duplicates, "only the missing one is written");
        assertEquals(3, cloud.keys("articles/" + Cloud.DAY + "/").size(), "nothing lost, nothing twice");
    }

    @Test
    void throttling_and_server_errors_while_a_day_is_listed_read_archived_and_claimed_are_retried() {
        cloud.oneStoryFiled();
        Faults faults = new Faults()
                .fail("ListObjectsV2", anyKey(), 2, s3(500, "InternalError"))
                .fail("GetObject", k -> k.startsWith("articles/"), 2, s3(503, "SlowDown"))
                .fail("PutObject", key("digests/" + Cloud.DAY + "/digest.html"), 1, s3(500, "InternalError"))
                .fail("PutObject", key(Cloud.MARKER), 1, s3(503, "SlowDown"));

        Cloud.Result r = cloud.digest(cloud.digestHandler(Cloud.RUN, List.of(faults), List.of()), "run-1");

        assertNull(r.failure());
        assertEquals("SENT", r.outcome());
        assertTrue(faults.allStruck());
        assertEquals(1, SesEmulator.emails().size());
        assertEquals("sent", cloud.marker().get("state").asText());
        assertEquals(List.of("digests/" + Cloud.DAY + "/digest.html", "digests/" + Cloud.DAY + "/digest.json",
                "digests/" + Cloud.DAY + "/digest.txt", "digests/" + Cloud.DAY + "/outline.json", Cloud.MARKER),
                cloud.keys("digests/"));
    }

    @Test
    void a_claim_whose_answer_was_lost_still_mails_the_day_once() {
        cloud.oneStoryFiled();
        Faults faults = new Faults().loseAnswer("PutObject", key(Cloud.MARKER), 1);

        Cloud.Result r = cloud.digest(cloud.digestHandler(Cloud.RUN, List.of(faults), List.of()), "run-1");

        assertTrue(faults.allStruck());
        assertNull(r.failure(), () -> "the run's own claim, made by S3, must not lock the run out: " + r.failure());
        assertEquals("SENT", r.outcome());
        assertEquals(1, SesEmulator.emails().size());
    }

    @Test
    void storage_down_past_every_retry_fails_the_run_before_anything_is_sent_and_the_next_run_mails() {
        cloud.oneStoryFiled();
        Faults down = new Faults().fail("ListObjectsV2", anyKey(), Integer.MAX_VALUE, s3(503, "SlowDown"));

        Cloud.Result failed = cloud.digest(cloud.digestHandler(Cloud.RUN, List.of(down), List.of()), "run-1");

        assertTrue(failed.failure() instanceof io.newsdigest.port.StorageUnavailable, String.valueOf(failed.failure()));
        assertEquals(0, SesEmulator.emails().size());

        Cloud.Result retried = cloud.digest(cloud.digestHandler(Cloud.RUN.plusSeconds(60), List.of(), List.of()),
                "run-1");

        assertEquals("SENT", retried.outcome());
        assertEquals(1, SesEmulator.emails().size());
    }
}
