package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordStartPatternsTest {

    @Test
    void reads_the_literals_a_pattern_opens_with() {
        assertEquals(List.of("sign", "log"), WordStartPatterns.leadingLiterals("(?:sign|log) ?in\\b"));
        assertEquals(List.of("subscriber"), WordStartPatterns.leadingLiterals("subscribers? only"));
        assertEquals(List.of("in your inbox"), WordStartPatterns.leadingLiterals("in your inbox\\b"));
        assertEquals(List.of("story", "art"), WordStartPatterns.leadingLiterals("(?:story|art(?:icle|work)) x"));
        assertEquals(10, WordStartPatterns.leadingLiterals("\\d+ min").size());
    }

    @Test
    void refuses_patterns_whose_opening_it_cannot_read() {
        assertThrows(IllegalArgumentException.class, () -> WordStartPatterns.leadingLiterals("(?:a |your )?comment"));
        assertThrows(IllegalArgumentException.class, () -> WordStartPatterns.leadingLiterals("[ab]c"));
        assertThrows(IllegalArgumentException.class, () -> WordStartPatterns.leadingLiterals("s?he"));
    }

    @Test
    void matches_only_from_the_start_of_a_word() {
        var patterns = new WordStartPatterns(List.of("sign ?in\\b", "\\d+ min read", "(?:story|article) ends"));
        assertTrue(patterns.find("please signin now"));
        assertTrue(patterns.find("a 5 min read"));
        assertTrue(patterns.find("the story ends here"));
        assertTrue(patterns.find("(article ends)"));
        assertFalse(patterns.find("design in progress"));
        assertFalse(patterns.find("a 15min read"));
        assertFalse(patterns.find("history ends"));
        assertFalse(patterns.find("sign inside"));
    }
}
