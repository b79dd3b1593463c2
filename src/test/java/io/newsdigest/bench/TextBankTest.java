package io.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextBankTest {

    @Test
    void fills_slots_and_capitalises_the_sentence() {
        assertEquals("The Oster Valley flooded on Monday.",
                TextBank.fill("{region} flooded on {weekday}.", Map.of("region", "the Oster Valley", "weekday", "Monday")));
    }

    @Test
    void a_time_at_the_end_of_a_sentence_keeps_one_period() {
        assertEquals("It began at 7:00 a.m.", TextBank.fill("It began at {time}.", Map.of("time", "7:00 a.m.")));
    }

    @Test
    void a_slot_without_a_value_is_a_mistake_in_the_bank() {
        assertThrows(IllegalStateException.class, () -> TextBank.fill("{nobody} came.", Map.of()));
    }

    @Test
    void every_event_kind_has_figures_headlines_facts_and_claims() {
        assertTrue(EventKind.all().size() >= 8);
        for (EventKind kind : EventKind.all()) {
            assertTrue(kind.facts().size() >= 8, kind.name());
            assertTrue(kind.headlines().size() >= 4, kind.name());
            assertTrue(!kind.claims().isEmpty() && !kind.figures().isEmpty(), kind.name());
        }
    }

    @Test
    void money_and_percentages_are_written_as_outlets_write_them() {
        assertEquals("$4.5 million", EventKind.Style.MONEY.write(45));
        assertEquals("$120 million", EventKind.Style.MONEY.write(1200));
        assertEquals("$1.2 billion", EventKind.Style.MONEY.write(12_000));
        assertEquals("3.4%", EventKind.Style.PERCENT.write(34));
        assertEquals("12,400", EventKind.Style.COUNT.write(12_400));
    }
}
