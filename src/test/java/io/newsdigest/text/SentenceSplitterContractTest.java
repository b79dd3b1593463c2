package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every split must keep, whatever the text: nothing lost, nothing reordered, each sentence verbatim
 * except whitespace, nothing thrown.
 */
class SentenceSplitterContractTest {

    private static final String PALETTE = "aZ.. !?\"'”’)(“[]•⁃…1209:/@-,\n\n \t\u00A0ÉxyIUS.m";

    private final SentenceSplitter splitter = new SentenceSplitter();

    private static String collapse(String s) {
        return String.join(" ", s.strip().split("[\\s\\u00A0]+")).strip();
    }

    private static String withoutSpaces(String s) {
        return s.replaceAll("[\\s\\u00A0]+", "");
    }

    private void keepsEveryCharacterInOrder(String text) {
        List<String> sentences = splitter.split(text);
        assertEquals(withoutSpaces(text), withoutSpaces(String.join("", sentences)));
        String collapsed = collapse(text);
        for (String s : sentences) {
            assertFalse(s.isBlank());
            assertEquals(collapse(s), s);
            assertTrue(collapsed.contains(s), () -> "not verbatim: " + s);
        }
    }

    @Test
    void sentences_joined_give_back_the_text_with_whitespace_collapsed() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/sentences").toURI());
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                keepsEveryCharacterInOrder(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void random_punctuation_soup_never_breaks_the_splitter() {
        Random random = new Random(20240620L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                b.append(PALETTE.charAt(random.nextInt(PALETTE.length())));
            }
            keepsEveryCharacterInOrder(b.toString());
        }
    }

    @Test
    void long_runs_of_markers_spaces_and_brackets_take_linear_time() {
        List<String> texts = List.of(
                " ".repeat(200_000) + "1) ".repeat(50_000),
                "(" + "x. 1 ".repeat(60_000),
                "I. ".repeat(70_000),
                "\"a?\" X ".repeat(30_000),
                "\n".repeat(200_000));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> texts.forEach(splitter::split));
    }

    @Test
    void one_splitter_gives_the_same_answers_on_many_threads() {
        String text = "Gen. Ruiz met the U.S. envoy at 9 a.m. Tuesday. They spoke for an hour. \"Why?\" she asked.";
        List<String> expected = splitter.split(text);
        IntStream.range(0, 2000).parallel().forEach(i -> assertEquals(expected, splitter.split(text)));
    }
}
