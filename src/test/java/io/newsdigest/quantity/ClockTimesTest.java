package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.only;
import static io.newsdigest.quantity.Sentences.pass;
import static io.newsdigest.quantity.Sentences.quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTimesTest {

    @Test
    void noon_and_midnight_are_minutes_after_midnight() {
        assertEquals(720, only("The market opened at noon").low());
        assertEquals(720, only("by midday").high());
        assertEquals(0, only("The curfew began at midnight").low());
    }

    @Test
    void twelve_am_is_midnight_and_twelve_pm_is_noon() {
        assertEquals(0, only("at 12 a.m.").low());
        assertEquals(720, only("at 12 pm").low());
        assertEquals(21 * 60 + 5, only("at 9:05 pm").low());
    }

    @Test
    void a_time_zone_after_the_time_becomes_its_unit() {
        Quantity gmt = only("The ferry left at 9:40 a.m. GMT");
        assertEquals(Dimension.CLOCK, gmt.dimension());
        assertEquals("gmt", gmt.unit());
        assertEquals("local", only("at 10 a.m. local time").unit());
        assertFalse(gmt.comparableWith(only("at 9:40 a.m.")));
    }

    @Test
    void a_qualifier_before_the_time_widens_it() {
        assertEquals(List.of(900.0, 1080.0), bounds(only("finished by 6 p.m.")));
        assertEquals(List.of(840.0, 870.0), bounds(only("shortly after 2 p.m.")));
        assertEquals(List.of(580.0, 620.0), bounds(only("the blast at about 10 a.m.")));
        assertTrue(only("at about 10 a.m.").compatibleWith(only("at 9:45 a.m.")));
    }

    @Test
    void a_number_with_a_colon_is_taken_even_when_it_is_no_time() {
        SentencePass p = pass("a 3:2 vote");
        assertTrue(ClockTimes.readDigits(p, 1));
        assertTrue(p.isUsed(1));
        assertEquals(List.of(), p.quantities());
    }

    @Test
    void an_hour_without_am_or_pm_is_left_to_the_other_readers() {
        assertFalse(ClockTimes.readDigits(pass("4 people"), 0));
        assertFalse(ClockTimes.readWord(pass("the afternoon"), 1));
        assertEquals(Dimension.COUNT, quantities("4 people").get(0).dimension());
    }

    private static List<Double> bounds(Quantity q) {
        return List.of(q.low(), q.high());
    }
}
