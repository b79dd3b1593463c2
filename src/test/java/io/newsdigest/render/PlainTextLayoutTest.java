package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextLayoutTest {

    @Test
    void short_lines_and_their_line_ends_stay_as_they_are() {
        assertEquals("a\n\n  b c\n", PlainTextLayout.wrap("a\n\n  b c\n", 20));
    }

    @Test
    void a_long_line_breaks_at_spaces_under_its_own_indent() {
        assertEquals("   one two three\n   four five",
                PlainTextLayout.wrap("   one two three four five", 20));
    }

    @Test
    void a_list_item_continues_under_the_text_after_its_marker() {
        assertEquals("  * alpha beta gamma\n    delta epsilon", PlainTextLayout.wrap("  * alpha beta gamma delta epsilon", 20));
        assertEquals("  -- Coastline Daily\n     and Island", PlainTextLayout.wrap("  -- Coastline Daily and Island", 20));
        assertEquals("12. one two three\n    four five six", PlainTextLayout.wrap("12. one two three four five six", 20));
    }

    @Test
    void a_link_longer_than_a_line_keeps_a_line_of_its_own_unbroken() {
        String url = "https://news.example/2024/06/20/a-very-long-address-that-does-not-fit";
        assertEquals("  * see\n    " + url + "\n    today", PlainTextLayout.wrap("  * see " + url + " today", 20));
    }

    @Test
    void columns_are_counted_in_characters_not_bytes_or_chars() {
        String line = "\u201cBr\u00fccke\u201d " + "\ud83d\ude80".repeat(10) + " end";
        assertEquals(line, PlainTextLayout.wrap(line, 23));
        assertEquals(line.replace(" end", "\nend"), PlainTextLayout.wrap(line, 22));
    }
}
