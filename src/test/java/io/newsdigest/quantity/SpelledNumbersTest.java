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
}
