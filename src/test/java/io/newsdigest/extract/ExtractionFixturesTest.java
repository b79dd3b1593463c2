package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page under {@code extract/html} and every pasted text under {@code extract/text} is extracted and
 * compared, title, source, date and body, with the {@code .expected.txt} file next to it.
 */
class ExtractionFixturesTest {

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (String dir : List.of("html", "text")) {
            try (Stream<Path> files = Files.list(folder(dir))) {
                files.map(p -> dir + "/" + p.getFileName())
                        .filter(n -> !n.endsWith(".expected.txt"))
                        .sorted()
                        .forEach(names::add);
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extracts_title_source_date_and_body_as_the_fixture_expects(String name) throws Exception {
        Path input = folder(name.substring(0, name.indexOf('/'))).resolve(name.substring(name.indexOf('/') + 1));
        String text = Files.readString(input, StandardCharsets.UTF_8);
        Extraction x = name.startsWith("html/") ? new HtmlExtractor().extract(text, null) : new TextExtractor().extract(text);
        String base = input.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        Path expected = input.resolveSibling(base + ".expected.txt");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), render(x), name);
    }

    /** The form of the expected files: metadata lines, a separator, then one body block per line. */
    static String render(Extraction x) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(x.title()).append('\n');
        out.append("source: ").append(x.source()).append('\n');
        out.append("published: ").append(x.published()).append('\n');
        out.append("---\n");
        for (String b : x.blocks()) {
            out.append(b).append('\n');
        }
        return out.toString();
    }

    private static Path folder(String dir) throws URISyntaxException {
        return Path.of(ExtractionFixturesTest.class.getResource("/extract/" + dir).toURI());
    }
}
