package io.newsdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestJsonTest {

    private static final SharedFact FACT = new SharedFact("The dam burst.", List.of("a", "b"),
            List.of(new Evidence("a", "The dam burst."), new Evidence("b", "The dam gave way.")));

    @Test
    void a_story_carries_the_fields_of_following_a_story_after_those_of_the_contract() {
        Story s = new Story("s1", "Dam bursts", List.of(), List.of(FACT.reported()), List.of(), List.of(),
                new Continuation("2024-09-12", "s0", "Dam bursts above Castelmar"),
                List.of(new Change("Death toll", new Change.Before("at least 40", "2024-09-12", List.of("A"), "q1"),
                        new Change.Now("112", List.of("B"), "q2"))),
                List.of(new Settlement("miners trapped", "2024-09-12", "All 17 miners were freed.", List.of("A"))));

        String json = Json.write(s);

        assertTrue(json.startsWith("{\"id\":\"s1\",\"headline\":\"Dam bursts\",\"articles\":[],\"sharedFacts\":"
                + "[{\"text\":\"The dam burst.\",\"supportedBy\":[\"a\",\"b\"],\"evidence\":[{\"article\":\"a\",\"text\":"
                + "\"The dam burst.\"},{\"article\":\"b\",\"text\":\"The dam gave way.\"}],\"new\":false}],"
                + "\"disagreements\":[],\"uniqueClaims\":[],\"continues\":{\"date\":\"2024-09-12\",\"storyId\":\"s0\","
                + "\"headline\":\"Dam bursts above Castelmar\"},\"changes\":[{\"topic\":\"Death toll\",\"before\":"
                + "{\"text\":\"at least 40\",\"date\":\"2024-09-12\",\"sources\":[\"A\"],"), json);
        assertEquals(s, Json.read(json.getBytes(StandardCharsets.UTF_8), Story.class));
    }

    @Test
    void a_digest_archived_before_stories_were_followed_reads_as_all_new_and_continuing_nothing() {
        String old = "{\"id\":\"s1\",\"headline\":\"h\",\"articles\":[],\"sharedFacts\":[{\"text\":\"t\","
                + "\"supportedBy\":[\"a\",\"b\"],\"evidence\":[]}],\"disagreements\":[],\"uniqueClaims\":[]}";

        Story s = Json.read(old.getBytes(StandardCharsets.UTF_8), Story.class);

        assertTrue(s.sharedFacts().get(0).fresh());
        assertNull(s.continues());
        assertEquals(List.of(), s.changes());
        assertEquals(List.of(), s.settled());
    }
}
