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

    @Test
    void a_fraction_of_a_whole_is_a_loose_share_of_it() {
        Quantity quarter = only("a quarter of the city was destroyed");
        assertEquals(Dimension.PERCENT, quarter.dimension());
        assertEquals(List.of(22.5, 27.5), List.of(quarter.low(), quarter.high()));
        assertEquals(20, only("one-fifth of the population").low(), 3);
        assertEquals(66.7, only("two thirds of the voters").low(), 8);
        assertEquals(75, only("three-quarters of the homes").high(), 9);
        assertEquals(50, only("half of the bridges").low(), 6);
    }

    @Test
    void a_fraction_keeps_its_qualifier() {
        Quantity q = only("up to a quarter of the city");
        assertEquals(List.of(0.0, 27.5), List.of(q.low(), q.high()));
        assertEquals(Double.POSITIVE_INFINITY, only("more than a fifth of the harbour").high());
    }

    @Test
    void a_fraction_of_nothing_named_is_no_share() {
        assertEquals(List.of(), quantities("prices were cut by a third"));
        assertEquals(List.of(), quantities("the talks lasted half an hour"));
        assertEquals(List.of(), quantities("a third party joined the talks"));
    }
}
