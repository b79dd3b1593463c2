package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    @ParameterizedTest
    @CsvSource({
        "caresses, caress", "ponies, poni", "cats, cat", "agreed, agre", "plastered, plaster", "motoring, motor",
        "hopping, hop", "filing, file", "happy, happi", "relational, relat", "conditional, condit",
        "generalization, gener", "electrical, electr", "adjustment, adjust", "signed, sign", "signing, sign",
        "released, releas", "releases, releas", "killed, kill", "as, as", "u.s, u.s"})
    void stems_like_the_reference_algorithm(String word, String stem) {
        assertEquals(stem, new PorterStemmer().stem(word));
    }
}
