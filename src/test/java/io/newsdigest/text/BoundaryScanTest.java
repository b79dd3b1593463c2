package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundaryScanTest {

    @Test
    void the_quick_character_classes_agree_with_their_definitions_for_every_utf16_unit() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(BoundaryScan.classOf(c), BoundaryScan.kindOf(c), () -> "U+" + Integer.toHexString(c));
        }
    }
}
