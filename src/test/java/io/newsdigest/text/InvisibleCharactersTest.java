package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharactersTest {

    @Test
    void every_format_character_is_removed_from_inside_a_number() {
        List<String> left = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.FORMAT) {
                String split = "2" + Character.toString(cp) + "12";
                if (!InvisibleCharacters.removeFrom(split).equals("212")) {
                    left.add(Integer.toHexString(cp));
                }
            }
        }
        assertEquals(List.of(), left);
    }

    /** Default-ignorable code points that are not format characters (DerivedCoreProperties.txt). */
    @ParameterizedTest
    @ValueSource(ints = {0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180f, 0x2065, 0x3164,
        0xfe00, 0xfe0f, 0xffa0, 0xfff0, 0xe0000, 0xe0100, 0xe01ef, 0xe0fff})
    void other_default_ignorable_code_points_are_removed(int cp) {
        assertEquals("212 tonnes", InvisibleCharacters.removeFrom("2" + Character.toString(cp) + "12 tonnes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\u007f", "\u0080", "\u009b"})
    void control_characters_are_removed_and_whitespace_is_kept(String control) {
        assertEquals("a b\tc\nd", InvisibleCharacters.removeFrom("a" + control + " b\tc\nd" + control));
        assertEquals("a b\tc\nd", InvisibleCharacters.removeControlsFrom("a" + control + " b\tc\nd" + control));
    }

    @Test
    void next_line_becomes_a_line_break() {
        assertEquals("one\ntwo", InvisibleCharacters.removeFrom("one\u0085two"));
    }

    @Test
    void controls_alone_are_removed_from_markup_and_format_characters_kept() {
        assertEquals("<p>2\u206012</p>", InvisibleCharacters.removeControlsFrom("<p>2\u2060\u000012</p>"));
    }

    @Test
    void visible_text_of_every_script_comes_back_as_the_same_instance() {
        String text = "Price: 1,250 € — café, Привет, مرحبا, שלום, 日本語のテキスト, 한국어, हिन्दी, 😀 ✓ ½ ™";
        assertSame(text, InvisibleCharacters.removeFrom(text));
        assertSame(text, InvisibleCharacters.removeControlsFrom(text));
        text.codePoints().forEach(cp -> assertFalse(InvisibleCharacters.isInvisible(cp), Integer.toHexString(cp)));
    }

    @Test
    void a_lone_surrogate_is_left_to_the_decoder() {
        assertTrue(InvisibleCharacters.removeFrom("a\ud800b").contains("\ud800"));
    }
}
