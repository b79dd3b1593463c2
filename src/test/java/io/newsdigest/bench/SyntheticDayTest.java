package io.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SyntheticDayTest {

    private static List<SyntheticDay.GeneratedArticle> day(int articles, int stories, long seed) {
        List<SyntheticDay.GeneratedArticle> out = new ArrayList<>();
        new SyntheticDay(articles, stories, seed).forEach(out::add);
        return out;
    }

    @Test
    void the_same_seed_gives_the_same_uploads_byte_for_byte() {
        List<SyntheticDay.GeneratedArticle> a = day(60, 6, 42);
        List<SyntheticDay.GeneratedArticle> b = day(60, 6, 42);
        assertEquals(60, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).upload().key(), b.get(i).upload().key());
            assertArrayEquals(a.get(i).upload().bytes(), b.get(i).upload().bytes());
            assertEquals(a.get(i).upload().metadata(), b.get(i).upload().metadata());
        }
    }

    @Test
    void another_seed_gives_another_day() {
        assertNotEquals(day(20, 2, 1).get(0).body(), day(20, 2, 2).get(0).body());
    }

    @Test
    void every_article_has_400_to_900_words() {
        for (SyntheticDay.GeneratedArticle g : day(200, 20, 7)) {
            int words = Report.words(g.body());
            assertTrue(words >= 400 && words <= 900, g.upload().key() + " has " + words + " words");
        }
    }

    @Test
    void every_story_gets_an_article_and_a_few_stories_get_many() {
        Map<Integer, Integer> perStory = new TreeMap<>();
        for (SyntheticDay.GeneratedArticle g : day(300, 30, 3)) {
            perStory.merge(g.story(), 1, Integer::sum);
        }
        assertEquals(30, perStory.size());
        assertTrue(perStory.get(0) >= 20, "the biggest story has " + perStory.get(0) + " articles");
        assertTrue(perStory.values().stream().filter(n -> n <= 5).count() >= 10, "a long tail of small stories: " + perStory);
    }

    @Test
    void the_day_mixes_web_pages_pasted_text_markdown_and_json() {
        Map<String, Integer> formats = new HashMap<>();
        for (SyntheticDay.GeneratedArticle g : day(200, 20, 5)) {
            formats.merge(g.format(), 1, Integer::sum);
            String text = new String(g.upload().bytes(), java.nio.charset.StandardCharsets.UTF_8);
            switch (g.format()) {
                case "html" -> assertTrue(text.startsWith("<!DOCTYPE html>") && text.contains("<nav") | text.contains("<p>"));
                case "json" -> assertTrue(text.startsWith("{") && text.endsWith("}"));
                case "markdown" -> assertTrue(text.contains("# "));
                default -> assertTrue(text.contains(g.body().substring(0, 40)) || text.contains("\n\n"));
            }
        }
        assertEquals(Set.of("html", "text", "markdown", "json"), formats.keySet());
        assertTrue(formats.get("html") > 70 && formats.get("html") < 130, "about half are web pages: " + formats);
    }

    @Test
    void web_pages_carry_chrome_around_the_article() {
        int pages = 0;
        for (SyntheticDay.GeneratedArticle g : day(40, 4, 11)) {
            if (g.format().equals("html")) {
                pages++;
                String html = new String(g.upload().bytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(html.contains("<script") && html.contains("<style>"), "scripts and styles");
                assertTrue(html.contains("All rights reserved."), "a copyright line");
                assertTrue(html.length() > 3 * g.body().length(), "the article is a small part of the page");
            }
        }
        assertTrue(pages > 10);
    }

    @Test
    void the_day_holds_wire_copies_and_files_uploaded_twice() {
        Map<String, Set<String>> outletsPerBody = new HashMap<>();
        Set<String> contents = new HashSet<>();
        int uploadedTwice = 0;
        for (SyntheticDay.GeneratedArticle g : day(400, 40, 9)) {
            String outlet = g.upload().key().split("/")[2];
            String firstParagraph = g.body().split("\n\n")[0];
            outletsPerBody.computeIfAbsent(firstParagraph, k -> new HashSet<>()).add(outlet);
            if (!contents.add(new String(g.upload().bytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                uploadedTwice++;
            }
        }
        long wireCopies = outletsPerBody.values().stream().filter(o -> o.size() > 1).count();
        assertTrue(wireCopies >= 10, "the same report under several outlets: " + wireCopies);
        assertTrue(uploadedTwice >= 3, "identical uploads: " + uploadedTwice);
    }

    @Test
    void outlets_report_different_figures_for_the_same_event() {
        Names names = new Names();
        Newsroom newsroom = new Newsroom(names);
        EventKind flood = EventKind.all().stream().filter(k -> k.name().equals("flood")).findFirst().orElseThrow();
        Event event = Event.invent(0, flood, names, new java.util.SplittableRandom(8));
        String main = EventKind.Style.COUNT.write(event.figure("dead", false));
        String rival = EventKind.Style.COUNT.write(event.figure("dead", true));
        assertNotEquals(main, rival);
        Set<String> reported = new HashSet<>();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        for (int i = 0; i < 40; i++) {
            reported.add(newsroom.report(event, names.outlets().get(i % 16), rng.split()).slots().get("dead"));
        }
        assertEquals(Set.of(main, rival), reported);
    }

    @Test
    void pasted_text_markdown_and_json_uploads_parse_into_their_articles() {
        ArticleParser parser = new ArticleParser();
        for (SyntheticDay.GeneratedArticle g : day(80, 8, 13)) {
            if (g.format().equals("html") || (g.format().equals("json") && g.upload().bytes()[0] == '{'
                    && new String(g.upload().bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"<p>"))) {
                continue; // the HTML extractor is measured on its own benchmark
            }
            ParseOutcome outcome = parser.parse(g.upload());
            assertTrue(outcome instanceof ParseOutcome.Parsed, g.upload().key() + ": " + outcome);
            List<String> sentences = ((ParseOutcome.Parsed) outcome).article().sentences();
            String lead = g.body().substring(0, 40);
            assertTrue(sentences.stream().anyMatch(s -> s.contains(lead)), g.upload().key() + " lost its lead: " + lead);
        }
    }
}
