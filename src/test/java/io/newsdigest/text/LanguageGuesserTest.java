package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void names_english_from_its_function_words() {
        assertEquals("en", guesser.guess("The council said that the plan was approved on Monday and that work "
                + "would start in the spring."));
    }

    @Test
    void names_german_and_dutch_apart() {
        assertEquals("de", guesser.guess("Der Rat hat die Pläne nicht gebilligt, und das ist eine Überraschung für die Stadt."));
        assertEquals("nl", guesser.guess("De raad heeft het plan niet goedgekeurd en dat is een verrassing voor de stad."));
    }

    @Test
    void names_a_language_from_its_script() {
        assertEquals("ru", guesser.guess("Городской совет одобрил план в понедельник."));
        assertEquals("el", guesser.guess("Το δημοτικό συμβούλιο ενέκρινε το σχέδιο τη Δευτέρα."));
    }

    @Test
    void says_nothing_when_the_evidence_is_thin() {
        assertNull(guesser.guess("Quarterly figures: 12, 14, 19."));
        assertNull(guesser.guess("Zorvath plimmet quandrix velomar."));
    }
}
