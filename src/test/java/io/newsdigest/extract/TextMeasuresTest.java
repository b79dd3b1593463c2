package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextMeasuresTest {

    @Test
    void a_space_is_unicode_whitespace_or_a_no_break_or_zero_width_space() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean expected = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                    || c == '\u200B';
            assertEquals(expected, TextMeasures.isSpace(c), () -> "char " + (int) c);
        }
    }

    @Test
    void collapse_joins_runs_of_any_space_and_drops_soft_hyphens() {
        assertEquals("Kim met Putin", TextMeasures.collapse("\u00A0 Kim\t\u2007met \u00ADPu\u200Btin \n"));
    }

    @Test
    void words_count_letters_and_digits_runs_and_each_ideograph() {
        assertEquals(4, TextMeasures.words("It cost 40 euros."));
        assertEquals(3, TextMeasures.words("\u6771\u4eac\u90fd"));
    }
}
