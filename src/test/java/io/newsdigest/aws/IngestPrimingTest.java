package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestPrimingTest {

    @Test
    void priming_files_an_invented_day_through_the_ingest_path_in_memory() {
        int filed = IngestPriming.prime();
        assertTrue(filed >= 8, "articles filed while priming: " + filed);
    }

    @Test
    void registering_outside_a_checkpoint_does_nothing_and_does_not_fail() {
        assertDoesNotThrow(IngestPriming::register);
        assertDoesNotThrow(IngestPriming::register);
    }
}
