package io.newsdigest.quantity;

import static io.newsdigest.quantity.Sentences.key;
import static io.newsdigest.quantity.Sentences.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CountsTest {

    private static final String KILLED = "person/" + key("killed");

    @Test
    void counts_people_and_what_happened_to_them() {
        assertEquals(KILLED, only("12 people were killed").anchor());
        assertEquals(KILLED, only("12 people in the village were killed").anchor());
        assertEquals("person/" + key("evacuated"), only("The town evacuated 100,000 residents").anchor());
    }

    @Test
    void a_noun_that_says_what_happened_counts_people() {
        assertEquals(KILLED, only("2,012 fatalities were recorded").anchor());
    }

    @Test
    void a_counted_subject_underwent_what_follows_it_not_the_clause_before() {
        assertEquals("person/" + key("hospital"),
                Sentences.quantities("Fourteen people were treated for minor injuries, and two were taken to hospital")
                        .get(1).anchor());
        assertEquals(KILLED, only("The militants killed at least 500 people and have more trapped").anchor());
    }

    @Test
    void lives_count_the_killed() {
        assertEquals(KILLED, only("632 lives were lost in the flood").anchor());
        assertEquals(KILLED, only("1,000 people have lost their lives").anchor());
    }

    @Test
    void bodies_are_counted_as_found_never_as_the_toll() {
        String bodies = key("bodies") + "/";
        assertEquals(bodies, only("The bodies of four people were found").anchor());
        assertEquals(bodies, only("Rescuers recovered eight bodies").anchor());
        assertNotEquals(only("4 people were killed").anchor(), only("The bodies of four people were found").anchor());
    }

    @Test
    void people_who_left_a_place_are_counted_as_evacuated_as_those_who_fled() {
        String evacuated = "person/" + key("evacuated");
        assertEquals(evacuated, only("Nearly 3,000 people had left the flooded valley").anchor());
        assertEquals(evacuated, only("About 400 residents left their homes near the burning forest").anchor());
        assertEquals(evacuated, only("About 400 residents fled the burning forest").anchor());
        assertEquals("person/", only("Only 40 people left in the village were old").anchor(), "what remains");
        assertEquals("person/", only("Only 12 people were left behind in the town").anchor(), "a passive");
        assertEquals("person/", only("The ferry still had 212 people left on board").anchor(), "what remains");
    }

    @Test
    void the_last_noun_of_a_compound_is_what_is_counted() {
        assertEquals(key("teams") + "/" + key("rescue"), only("16 rescue teams arrived").anchor());
    }

    @Test
    void looking_back_for_what_happened_stops_at_a_verb_of_having() {
        assertEquals("person/", only("The evacuated town had 100,000 inhabitants").anchor());
    }

    @Test
    void a_count_without_a_noun_but_with_what_happened_counts_people() {
        assertEquals(KILLED, only("The quake killed 12").anchor());
        assertEquals("/", only("The score was 12").anchor());
    }
}
