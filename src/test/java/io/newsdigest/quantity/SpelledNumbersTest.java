package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.only;
import static io.newsdigest.quantity.Sentences.quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpelledNumbersTest {

    @Test
    void reads_compound_number_words() {
        assertEquals(240, only("two hundred and forty homes").low());
        assertEquals(3_000_000, only("three million residents").low());
        assertEquals(12, only("a dozen eggs").low());
    }

    @Test
    void a_vague_plural_before_of_is_a_count_of_its_range() {
        Quantity q = only("dozens of people");
        assertEquals(Dimension.COUNT, q.dimension());
        assertEquals(List.of(24.0, 143.0), List.of(q.low(), q.high()));
        assertEquals("person/", q.anchor());
        assertEquals(List.of(), quantities("thousands attended"));
    }

    @Test
    void one_as_a_pronoun_and_dozen_without_a_are_no_numbers() {
        assertEquals(List.of(), quantities("no one was hurt"));
        assertEquals(List.of(), quantities("one of them"));
        assertEquals(List.of(), quantities("dozen eggs"));
        assertEquals(1, only("one soldier was hurt").low());
    }

    @Test
    void one_that_brings_in_someone_who_speaks_is_no_count() {
        assertEquals(List.of(), quantities("one resident said the water rose in minutes"));
        assertEquals(List.of(), quantities("one air traffic controller was heard telling a colleague"));
        assertEquals(1, only("only one controller was on duty in the tower").low());
    }
}
