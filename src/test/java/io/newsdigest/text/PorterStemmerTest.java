package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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

    /** Expected stems from the recursive definition of "y" as a consonant, which the stemmer now computes in a loop. */
    @ParameterizedTest
    @CsvSource({
        "syzygy, syzygi", "yyyying, yyyi", "ayyyyed, ayyyi", "toyyyying, toyyyi", "sayyyys, sayyyi",
        "boyyyyness, boyyyy", "yearly, yearli", "joyfully, joyfulli", "yyy, yyi", "ayyy, ayyi", "byyyy, byyyi",
        "obeyyyyance, obeyyyy", "stayyyyed, stayyyi", "myyyyth, myyyyth"})
    void runs_of_y_alternate_between_consonant_and_vowel_as_the_recursive_rule_says(String word, String stem) {
        assertEquals(stem, new PorterStemmer().stem(word));
    }

    @Test
    void a_word_longer_than_the_cap_comes_back_unchanged() {
        String atTheCap = "signing".repeat(PorterStemmer.MAX_WORD).substring(0, PorterStemmer.MAX_WORD - 7) + "signing";
        assertEquals(atTheCap.substring(0, atTheCap.length() - 3), new PorterStemmer().stem(atTheCap), "stemmed");
        String longer = "y".repeat(3_000) + "ing";
        assertSame(longer, new PorterStemmer().stem(longer));
    }

    @Test
    void stemming_a_megabyte_of_long_runs_of_y_costs_about_what_ordinary_words_cost() {
        PorterStemmer stemmer = new PorterStemmer();
        String ys = "y".repeat(PorterStemmer.MAX_WORD - 1) + "s";
        String ordinary = "relationalizations".repeat(3).substring(0, ys.length());
        stemmer.stem(ys);
        stemmer.stem(ordinary);
        long hostile = cpuNanos(() -> stemmer.stem(ys), 20_000);
        long normal = cpuNanos(() -> stemmer.stem(ordinary), 20_000);
        assertTrue(hostile < 5 * normal + 50_000_000L, hostile / 1_000_000 + " ms against " + normal / 1_000_000 + " ms");
    }

    private static long cpuNanos(Runnable r, int times) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            r.run();
        }
        return threads.getCurrentThreadCpuTime() - start;
    }
}
