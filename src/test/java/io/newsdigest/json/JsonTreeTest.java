package io.newsdigest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void objects_arrays_and_scalars_become_plain_values_in_the_text_order() throws JsonProcessingException {
        Object tree = JsonTree.read("{\"title\": \"Ferry ends\", \"n\": 3, \"share\": 0.5, \"ok\": true,"
                + " \"gone\": null, \"tags\": [\"a\", false, [], {}]}");

        assertEquals(Arrays.asList("title", "n", "share", "ok", "gone", "tags"),
                List.copyOf(((Map<?, ?>) tree).keySet()));
        Map<?, ?> m = (Map<?, ?>) tree;
        assertEquals("Ferry ends", m.get("title"));
        assertEquals(3, ((Number) m.get("n")).intValue());
        assertEquals(0.5, ((Number) m.get("share")).doubleValue());
        assertEquals(Boolean.TRUE, m.get("ok"));
        assertTrue(m.containsKey("gone"));
        assertNull(m.get("gone"));
        assertEquals(Arrays.asList("a", false, List.of(), Map.of()), m.get("tags"));
    }

    @Test
    void of_a_repeated_name_the_last_value_counts_and_text_after_the_first_value_is_ignored()
            throws JsonProcessingException {
        assertEquals(Map.of("a", 2), JsonTree.read("{\"a\": 1, \"a\": 2} trailing words"));
    }

    @Test
    void the_null_literal_and_a_text_without_a_value_read_as_null() throws JsonProcessingException {
        assertNull(JsonTree.read("null"));
        assertNull(JsonTree.read("   "));
    }

    @Test
    void malformed_json_fails_with_its_line_and_column() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonTree.read("{\"title\": \"Ferry\",\n  \"body\": }"));
        assertEquals(2, e.getLocation().getLineNr());
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("[\"never closed\", "));
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("{\"never closed\": 1"));
    }

    @Test
    void json_nested_deeper_than_the_limit_fails_as_a_constraint_not_a_stack_overflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> JsonTree.read(deep));
        assertTrue(e.getOriginalMessage().contains("nesting"), e.getOriginalMessage());
        String ok = "[".repeat(JsonTree.MAX_NESTING) + "]".repeat(JsonTree.MAX_NESTING);
        assertTrue(assertDoesNotFail(ok) instanceof List);
    }

    private static Object assertDoesNotFail(String json) {
        try {
            return JsonTree.read(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void kinds_are_named_with_their_article() {
        assertEquals("an object", JsonTree.kind(Map.of()));
        assertEquals("an array", JsonTree.kind(List.of()));
        assertEquals("a string", JsonTree.kind("x"));
        assertEquals("a number", JsonTree.kind(1));
        assertEquals("a boolean", JsonTree.kind(true));
        assertEquals("a null", JsonTree.kind(null));
    }

    @Test
    void a_number_of_any_length_is_read_as_a_number_in_linear_time() throws JsonProcessingException {
        String digits = "7".repeat(5_000_000);
        long start = System.nanoTime();
        Object v = JsonTree.read("{\"n\": " + digits + ", \"f\": -" + digits + ".5e3, \"small\": 12}");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "well under 5 s");
        java.util.Map<?, ?> m = (java.util.Map<?, ?>) v;
        assertEquals(Double.POSITIVE_INFINITY, m.get("n"));
        assertEquals(Double.NEGATIVE_INFINITY, m.get("f"));
        assertEquals(12, m.get("small"));
        assertEquals("a number", JsonTree.kind(m.get("n")));
    }
}
