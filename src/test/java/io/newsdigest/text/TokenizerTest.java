package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> norms(String s) {
        return new Tokenizer().tokenize(s).stream().map(Token::norm).toList();
    }

    @Test
    void splits_hyphenated_names_so_they_match_spaced_ones() {
        assertEquals(List.of("kim", "jong", "-", "un", "met", "kim", "jong", "un"), norms("Kim Jong-un met Kim Jong Un"));
    }

    @Test
    void turns_contractions_into_a_separate_not() {
        assertEquals(List.of("officials", "did", "not", "comment", "and", "can", "not", "say"),
                norms("Officials didn\u2019t comment and can't say"));
    }

    @Test
    void drops_possessive_s_and_keeps_initials() {
        assertEquals(List.of("putin", "visit", "to", "the", "u.s", "at", "3", "p.m"),
                norms("Putin\u2019s visit to the U.S. at 3 p.m."));
    }

    @Test
    void keeps_number_separators_and_splits_glued_units_and_ordinals() {
        assertEquals(List.of("1,200", "people", ",", "6.4", "magnitude", ",", "3:45", ",", "300", "m", ",", "10",
                "floor"), norms("1,200 people, 6.4 magnitude, 3:45, 300m, 10th floor"));
    }

    @Test
    void keeps_offsets_pointing_at_the_source() {
        String s = "A \u201cnew\u201d era";
        Token quoted = new Tokenizer().tokenize(s).get(2);
        assertEquals("new", s.substring(quoted.start(), quoted.end()));
    }

    @Test
    void never_throws_on_odd_input() {
        assertEquals(List.of(), norms(""));
        assertEquals(List.of("'", "-", "-", "'"), norms("' -- '"));
    }
}
