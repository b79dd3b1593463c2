package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void every_english_month_is_read_in_full_and_abbreviated_in_either_order() {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        for (int i = 0; i < 12; i++) {
            String expected = String.format("2031-%02d-07", i + 1);
            assertEquals(expected, Dates.isoDate("7 " + months[i] + " 2031"), months[i]);
            assertEquals(expected, Dates.isoDate(months[i].substring(0, 3) + ". 7, 2031"), months[i]);
            assertEquals(expected, Dates.isoDate("posted " + months[i].toUpperCase() + " 7th 2031"), months[i]);
        }
        assertEquals("2031-09-07", Dates.isoDate("Sept 7, 2031"));
    }

    @Test
    void a_word_that_only_looks_like_a_month_is_no_date() {
        assertNull(Dates.isoDate("Marchers 7, 2031"));
        assertNull(Dates.isoDate("7 Mayday 2031"));
    }
}
