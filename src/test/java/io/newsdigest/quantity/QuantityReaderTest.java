package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.only;
import static io.newsdigest.quantity.Sentences.quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    @Test
    void reads_a_count_with_what_happened_to_whom() {
        Quantity q = only("12 people were killed in the blast");
        assertEquals(Dimension.COUNT, q.dimension());
        assertEquals(12, q.low());
        assertEquals(12, q.high());
        assertEquals(only("The quake killed 12").anchor(), q.anchor());
    }

    @Test
    void reads_spelled_out_numbers_and_scale_words() {
        assertEquals(25, only("twenty-five soldiers").low());
        assertEquals(1_200_000, only("1.2 million residents").low(), 60_000);
        assertEquals(100, only("a hundred homes").low());
    }

    @Test
    void at_least_six_is_compatible_with_six_but_not_with_five() {
        Quantity atLeast = only("at least 6 people died");
        assertTrue(atLeast.compatibleWith(only("6 people died")));
        assertFalse(atLeast.compatibleWith(only("5 people died")));
    }

    @Test
    void about_300_metres_is_compatible_with_984_feet() {
        Quantity metres = only("about 300 m");
        Quantity feet = only("984 feet");
        assertEquals(Dimension.LENGTH, feet.dimension());
        assertTrue(metres.compatibleWith(feet));
        assertFalse(only("400 metres").compatibleWith(feet));
    }

    @Test
    void twelve_and_fifteen_deaths_conflict() {
        assertFalse(only("Twelve people died").compatibleWith(only("15 people died")));
    }

    @Test
    void reads_money_with_currency_sign_and_scale() {
        Quantity q = only("a $5m fine");
        assertEquals(Dimension.MONEY, q.dimension());
        assertEquals("usd", q.unit());
        assertEquals(5_000_000, q.low(), 300_000);
    }

    @Test
    void reads_magnitudes_written_every_way() {
        for (String s : List.of("a magnitude 6.4 quake", "a 6.4-magnitude quake", "had a magnitude of 6.4")) {
            Quantity q = only(s);
            assertEquals(Dimension.MAGNITUDE, q.dimension(), s);
            assertEquals(6.4, q.low(), 1e-9, s);
        }
    }

    @Test
    void reads_dates_weekdays_and_clock_times() {
        assertEquals(1204, only("went into effect Dec. 4").low());
        assertEquals(619, quantities("on 19 June").get(0).low());
        assertEquals(Dimension.WEEKDAY, only("on Wednesday").dimension());
        Quantity clock = only("at 3:45 p.m.");
        assertEquals(Dimension.CLOCK, clock.dimension());
        assertEquals(15 * 60 + 45, clock.low());
        assertFalse(clock.compatibleWith(only("at 4 p.m.")));
        assertTrue(only("shortly before 4 p.m.").compatibleWith(clock));
    }

    @Test
    void reads_a_lone_four_digit_number_as_a_year() {
        assertEquals(Dimension.YEAR, only("a treaty signed in 1961").dimension());
    }

    @Test
    void numbers_that_name_things_are_not_quantities() {
        assertEquals(List.of(), quantities("Article 4 of the pact"));
        assertEquals(List.of(), quantities("one of the parties"));
    }

    @Test
    void fahrenheit_converts_to_celsius() {
        Quantity f = only("a high of 212 \u00b0F");
        assertEquals(Dimension.TEMPERATURE, f.dimension());
        assertEquals(100, f.low(), 1e-9);
    }
}
