package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Upload;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dev story's five articles (text pasted from web pages, with their chrome), read at run time from the
 * shared folder and skipped when it is absent. Parsing must find every title, outlet and date the gold lists,
 * keep every quoted span of content, and let none of the listed boilerplate lines into the body.
 *
 * <p>A boilerplate line counts as leaked when a sentence is that line or starts with it, or, for lines of three
 * words or more, when a sentence contains it. (A plain substring test would count the one-word button "CLOSE"
 * as leaked because the article itself says "necessitating close monitoring".)
 */
class DevStoryParsingTest {

    @Test
    void finds_metadata_keeps_content_and_drops_boilerplate_in_the_dev_story() throws IOException {
        Path story = Path.of(System.getProperty("shared.dir", "../shared"), "eval", "russia-dprk-treaty");
        assumeTrue(Files.isRegularFile(story.resolve("gold.json")), "dev story not present: " + story);
        JsonNode gold = Json.mapper().readTree(story.resolve("gold.json").toFile());
        ArticleParser parser = new ArticleParser();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("articles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            Path file = story.resolve("articles").resolve(entry.getValue().asText());
            ParseOutcome outcome = parser.parse(new Upload(file.toString(), Files.readAllBytes(file)));
            if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
                problems.add(id + ": not parsed");
                continue;
            }
            Article a = parsed.article();
            List<String> sentences = a.sentences().stream().map(DevStoryParsingTest::norm).toList();
            String body = String.join(" ", sentences);
            JsonNode meta = gold.path("metadata").path(id);
            for (String field : List.of("title", "source", "published")) {
                if (meta.has(field)) {
                    String got = switch (field) {
                        case "title" -> a.title();
                        case "source" -> a.source();
                        default -> a.published();
                    };
                    if (got == null || !norm(got).startsWith(norm(meta.get(field).asText()))) {
                        problems.add(id + ": " + field + " " + got);
                    }
                }
            }
            for (String list : List.of("shared_facts", "single_source_notable")) {
                for (JsonNode item : gold.path(list)) {
                    JsonNode span = item.path("evidence").path(id);
                    if (span.isTextual() && !body.contains(norm(span.asText()))) {
                        problems.add(id + ": content lost: " + span.asText());
                    }
                }
            }
            for (JsonNode line : gold.path("boilerplate").path(id)) {
                String l = norm(line.asText());
                boolean multiWord = l.split(" ").length >= 3;
                if (sentences.stream().anyMatch(s -> s.startsWith(l) || multiWord && s.contains(l))) {
                    problems.add(id + ": boilerplate kept: " + line.asText());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
