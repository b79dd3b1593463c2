package io.newsdigest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.local.LocalUploads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming article writer against the data-binding mapper it replaced on the ingest path: the same text for
 * every article the test fixtures parse into and for hostile strings, and that text reads back as the article.
 */
class ArticleJsonTest {

    private static final Article HOSTILE = new Article("inbox/2030/\"quoted\" \\ name\u0000.html", "00ff", "html",
            "Line\nbreak\ttab \u2028 separator \u2029 and \u007f del", null, "https://example.org/a?b=1&c=<d>",
            null, null,
            List.of("Emoji \ud83d\udcf0 and a lone surrogate \ud800 end.", "Control \u0001\u001f chars.",
                    "</script><!-- -->", "Bidi \u202e override.", "Ça coûte 5 €.", ""),
            List.of("charset: fell back to windows-1252"));

    private static List<Article> fixtureArticles() {
        ArticleParser parser = new ArticleParser();
        LocalUploads uploads = new LocalUploads(parser.maxBytes());
        List<Article> out = new ArrayList<>();
        for (Path file : uploads.files(List.of(Path.of("src/test/resources")))) {
            if (uploads.read(file, parser::parse) instanceof ParseOutcome.Parsed p) {
                out.add(p.article());
            }
        }
        return out;
    }

    @Test
    void every_fixture_article_is_written_exactly_as_the_mapper_writes_it() {
        List<Article> articles = fixtureArticles();
        assertTrue(articles.size() > 40, "only " + articles.size() + " fixture articles parsed");
        for (Article a : articles) {
            assertEquals(Json.write(a), ArticleJson.write(a), a.key());
        }
    }

    @Test
    void hostile_strings_and_unknown_fields_are_written_exactly_as_the_mapper_writes_them() {
        assertEquals(Json.write(HOSTILE), ArticleJson.write(HOSTILE));
        assertTrue(ArticleJson.write(HOSTILE).contains("\"source\":null,"));
    }

    @Test
    void the_parse_listing_is_indented_exactly_as_the_mapper_indents_it() {
        List<Article> articles = new ArrayList<>(fixtureArticles().subList(0, 3));
        articles.add(HOSTILE);
        assertEquals(Json.writePretty(articles), ArticleJson.writePretty(articles));
        assertEquals(Json.writePretty(List.of()), ArticleJson.writePretty(List.of()));
    }

    @Test
    void a_written_article_reads_back_as_the_same_article() {
        for (Article a : fixtureArticles()) {
            assertEquals(a, Json.read(ArticleJson.write(a).getBytes(StandardCharsets.UTF_8), Article.class));
        }
        Article noLoneSurrogate = new Article(HOSTILE.key(), HOSTILE.sha256(), HOSTILE.format(), HOSTILE.title(),
                null, HOSTILE.url(), null, null, List.of("Emoji \ud83d\udcf0.", "\u0001"), HOSTILE.issues());
        assertEquals(noLoneSurrogate,
                Json.read(ArticleJson.write(noLoneSurrogate).getBytes(StandardCharsets.UTF_8), Article.class));
    }

    @Test
    void the_fields_come_in_the_order_of_the_contract() throws IOException {
        String json = ArticleJson.write(HOSTILE);
        List<String> names = new ArrayList<>(((java.util.Map<?, ?>) JsonTree.read(json)).keySet().stream()
                .map(Object::toString).toList());
        assertEquals(List.of("key", "sha256", "format", "title", "source", "url", "published", "language",
                "sentences", "issues"), names);
    }
}
