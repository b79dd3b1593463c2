package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigestPrimingTest {

    @Test
    void priming_composes_the_edition_of_an_invented_day_in_memory() {
        int stories = DigestPriming.prime();
        assertTrue(stories >= 1, "stories in the priming digest: " + stories);
    }

    @Test
    void registering_outside_a_checkpoint_does_nothing_and_does_not_fail() {
        assertDoesNotThrow(DigestPriming::register);
    }
}
