package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.only;
import static io.newsdigest.quantity.Sentences.pass;
import static io.newsdigest.quantity.Sentences.quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    @Test
    void reads_a_day_and_month_written_either_way() {
        for (String s : List.of("on June 19", "on 19 June", "on the 19 of June", "on Jun. 19")) {
            Quantity q = only(s);
            assertEquals(Dimension.DATE, q.dimension(), s);
            assertEquals(619, q.low(), s);
            assertEquals(619, q.high(), s);
        }
    }

    @Test
    void the_year_after_a_date_is_read_as_a_year() {
        assertEquals(List.of("DATE 1204-1204", "YEAR 2024-2024"), described(quantities("Dec. 4, 2024")));
        assertEquals(List.of("DATE 619-619", "YEAR 2024-2024"), described(quantities("2024-06-19")));
    }

    @Test
    void a_month_alone_is_the_range_of_its_days() {
        assertEquals(List.of("DATE 601-631", "YEAR 2024-2024"), described(quantities("in June 2024")));
        assertEquals(List.of("DATE 501-531"), described(quantities("the vote in May")));
    }

    @Test
    void may_and_march_without_a_day_year_or_cue_are_no_months() {
        assertEquals(List.of(), quantities("Theresa May said"));
        assertEquals(List.of(), quantities("Mr March spoke"));
        assertTrue(CalendarDates.readWord(pass("Theresa May said"), 1));
    }

    @Test
    void a_weekday_is_read_only_when_capitalized() {
        Quantity sunday = only("on Sunday");
        assertEquals(Dimension.WEEKDAY, sunday.dimension());
        assertEquals(7, sunday.low());
        assertEquals(List.of(), quantities("every sunday"));
    }

    @Test
    void a_plain_year_followed_by_s_is_its_decade() {
        Quantity decade = only("since the 1990s");
        assertEquals(Dimension.YEAR, decade.dimension());
        assertEquals(List.of(1990.0, 1999.0), List.of(decade.low(), decade.high()));
        assertEquals(Dimension.COUNT, only("1,990 people").dimension());
    }

    private static List<String> described(List<Quantity> qs) {
        return qs.stream().map(q -> q.dimension() + " " + (int) q.low() + "-" + (int) q.high()).toList();
    }
}
