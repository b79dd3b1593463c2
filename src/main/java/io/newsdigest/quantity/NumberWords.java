package io.newsdigest.quantity;

import io.newsdigest.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** English number words: "twelve", "twenty-five", "a hundred", "1.2 million", "dozens". */
public final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12));

    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final Map<String, Double> SCALES = Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "bn", 1e9, "mn", 1e6, "k", 1e3, "tn", 1e12);

    /** Plural words for vague counts and the range they allow ("dozens" is 24 to 143). */
    private static final Map<String, double[]> VAGUE = Map.of(
            "dozens", new double[] {24, 143}, "scores", new double[] {40, 199},
            "hundreds", new double[] {200, 999}, "thousands", new double[] {2000, 9999},
            "millions", new double[] {2e6, 999e6}, "billions", new double[] {2e9, 999e9});

    /** Every number word, for the test made on each token ({@link WordSet}: cheaper than three maps). */
    private static final WordSet NUMBER_WORDS = numberWords();

    private NumberWords() {
    }

    private static WordSet numberWords() {
        List<String> words = new ArrayList<>(UNITS.keySet());
        words.addAll(TENS.keySet());
        SCALES.keySet().stream().filter(w -> w.length() > 2).forEach(words::add);
        return WordSet.of(words.toArray(String[]::new));
    }

    static Integer unit(String w) {
        return UNITS.get(w);
    }

    static Integer tens(String w) {
        return TENS.get(w);
    }

    static Double scale(String w) {
        return SCALES.get(w);
    }

    static double[] vague(String w) {
        return VAGUE.get(w);
    }

    public static boolean isNumberWord(String w) {
        return NUMBER_WORDS.contains(w);
    }
}
