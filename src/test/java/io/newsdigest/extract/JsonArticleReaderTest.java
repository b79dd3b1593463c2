package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

    private final JsonArticleReader reader = new JsonArticleReader(new HtmlExtractor(), new TextExtractor());

    @Test
    void reads_the_stated_fields_and_cleans_an_html_body() throws Exception {
        Extraction x = reader.extract("{\"title\": \"Quay reopens\", \"source\": \"Harbour Gazette\", "
                + "\"published\": \"March 12, 2024\", \"body\": \"<nav><a href='/'>Home</a></nav>"
                + "<p>The quay reopened at noon after a week of repairs to the sea wall.</p>\"}");
        assertEquals("Quay reopens", x.title());
        assertEquals("Harbour Gazette", x.source());
        assertEquals("2024-03-12", x.published());
        assertEquals(List.of("The quay reopened at noon after a week of repairs to the sea wall."), x.blocks());
    }

    @Test
    void ignores_a_title_that_is_a_date_line_and_says_so() throws Exception {
        Extraction x = reader.extract("{\"title\": \"Updated 12 March 2024, 10:05\", "
                + "\"body\": \"The quay reopened at noon after a week of repairs to the sea wall.\"}");
        assertNull(x.title());
        assertTrue(x.issues().stream().anyMatch(i -> i.contains("not a headline")), x.issues().toString());
    }
}
