package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LettersTest {

    @Test
    void answers_as_character_does_for_every_char() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), Letters.isLetterOrDigit(c), () -> "isLetterOrDigit " + (int) c);
            assertEquals(Character.isLetter(c), Letters.isLetter(c), () -> "isLetter " + (int) c);
            assertEquals(Character.isDigit(c), Letters.isDigit(c), () -> "isDigit " + (int) c);
            assertEquals(Character.isWhitespace(c), Letters.isWhitespace(c), () -> "isWhitespace " + (int) c);
            assertEquals(Character.toLowerCase(c), Letters.toLowerCase(c), () -> "toLowerCase " + (int) c);
        }
    }
}
