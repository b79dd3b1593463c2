package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code sentences/NAME.txt} is a piece of news text; {@code NAME.expected} next to it holds its
 * sentences, one per line.
 */
class SentenceFixturesTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(SentenceFixturesTest.class.getResource("/sentences").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void splits_news_text_as_expected(Path text) throws IOException {
        Path expected = text.resolveSibling(text.getFileName().toString().replace(".txt", ".expected"));
        List<String> sentences = new SentenceSplitter().split(Files.readString(text, StandardCharsets.UTF_8));
        assertEquals(Files.readAllLines(expected, StandardCharsets.UTF_8), sentences);
    }
}
