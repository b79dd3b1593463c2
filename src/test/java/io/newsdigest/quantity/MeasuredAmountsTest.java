package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.only;
import static io.newsdigest.quantity.Sentences.quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredAmountsTest {

    @Test
    void a_range_is_read_as_one_interval() {
        for (String s : List.of("5 to 7 km", "between 5 and 7 km", "5-7 km", "a 5-to-7 km stretch")) {
            Quantity q = only(s);
            assertEquals(Dimension.LENGTH, q.dimension(), s);
            assertEquals(List.of(5000.0, 7000.0), List.of(q.low(), q.high()), s);
        }
    }

    @Test
    void a_scale_word_makes_the_number_a_rounded_interval() {
        Quantity q = only("3bn euros");
        assertEquals(Dimension.MONEY, q.dimension());
        assertEquals("eur", q.unit());
        assertEquals(2.85e9, q.low(), 1);
        assertEquals(3.15e9, q.high(), 1);
        assertEquals("usd", only("US$5 million").unit());
    }

    @Test
    void reads_percent_age_and_magnitude() {
        assertEquals(Dimension.PERCENT, only("5 per cent").dimension());
        assertEquals(Dimension.AGE, only("a 40-year-old guard").dimension());
        assertEquals(40, only("a man aged 40").low());
        Quantity m = only("an M6.4 quake");
        assertEquals(Dimension.MAGNITUDE, m.dimension());
        assertEquals(6.4, m.low(), 1e-9);
    }

    @Test
    void a_measurement_is_anchored_on_the_nearest_measure_noun() {
        assertEquals(Sentences.key("depth"), only("at a depth of 10 km").anchor());
        assertEquals("", only("10 km away").anchor());
    }

    @Test
    void numbers_that_label_a_thing_are_not_amounts() {
        assertEquals(List.of(), quantities("Flight 370 vanished"));
        assertEquals(List.of(), quantities("No 10 said"));
        assertEquals(List.of(), quantities("see #3"));
        assertEquals(40_000, only("Nearly 40,000 people fled").high());
    }

    @Test
    void a_duration_before_ago_is_no_amount() {
        assertEquals(List.of(), quantities("three days ago"));
        assertEquals(Dimension.DURATION, only("for three days").dimension());
    }

    @Test
    void decades_and_centuries_are_spans_of_time_not_counts() {
        Quantity decades = only("the deadliest quake in more than six decades");
        assertEquals(Dimension.DURATION, decades.dimension());
        assertEquals(6 * 10 * 31557600.0, decades.low(), 1);
        assertEquals(Dimension.DURATION, only("for two centuries").dimension());
    }
}
