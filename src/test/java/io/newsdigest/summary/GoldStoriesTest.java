package io.newsdigest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Story;
import io.newsdigest.json.Json;
import io.newsdigest.local.LocalDay;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the engine on the gold stories in {@code src/test/resources/stories} (fictional, each with its gold
 * beside its articles) alone and mixed into one day, and on the evaluation's dev story when {@code shared.dir}
 * holds it, and holds it to the quality bars.
 */
class GoldStoriesTest {

    static Stream<Path> stories() throws IOException, URISyntaxException {
        Path root = Path.of(GoldStoriesTest.class.getResource("/stories").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.exists(d.resolve("gold.json"))).sorted().toList().stream();
        }
    }

    private static Digest digest(List<Path> folders) throws IOException {
        LocalDay day = LocalDay.read(folders, new ArticleParser());
        return new DigestEngine().summarize("2030-01-01", day.articles(), day.rejected());
    }

    private static void assertMeetsBars(GoldStory gold, Digest digest) {
        Story story = gold.storyIn(digest);
        assertNotNull(story, "no story holds the articles of " + gold.dir());
        if (gold.facts().isEmpty()) {
            return;
        }
        List<SharedFact> facts = story.sharedFacts();
        assertTrue(facts.size() <= 12, () -> "the scorer reads a story's first 12 facts; " + facts.size() + " given");
        for (SharedFact f : facts) {
            assertTrue(f.supportedBy().size() >= 2, () -> "single-source fact: " + f);
        }
        int found = gold.factsFound(story);
        assertTrue(found >= 0.8 * gold.facts().size(),
                () -> gold.dir().getFileName() + ": facts found " + found + "/" + gold.facts().size());
        int matching = gold.factsMatching(story);
        assertTrue(matching >= 0.7 * facts.size(),
                () -> gold.dir().getFileName() + ": facts matching gold " + matching + "/" + facts.size());
        int dis = gold.disagreementsFound(story);
        assertTrue(3 * dis >= 2 * gold.disagreements().size(),
                () -> gold.dir().getFileName() + ": disagreements found " + dis + "/" + gold.disagreements().size());
        assertTrue(story.disagreements().size() <= 5);
    }

    @ParameterizedTest
    @MethodSource("stories")
    void meets_the_bars_on_each_story_alone(Path dir) throws IOException {
        assertMeetsBars(GoldStory.read(dir), digest(List.of(dir.resolve("articles"))));
    }

    @Test
    void keeps_every_story_together_and_apart_when_mixed_into_one_day() throws Exception {
        List<Path> dirs = stories().toList();
        List<Path> folders = dirs.stream().map(d -> d.resolve("articles")).toList();
        Digest digest = digest(folders);
        Set<Set<String>> expected = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Path d : dirs) {
            expected.add(new TreeSet<>(GoldStory.read(d).files()));
        }
        Set<Set<String>> actual = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Story s : digest.stories()) {
            actual.add(s.articles().stream().map(a -> GoldStory.base(a.key()))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertEquals(expected, actual);
        for (Path d : dirs) {
            assertMeetsBars(GoldStory.read(d), digest);
        }
    }

    @Test
    void gives_the_same_digest_byte_for_byte_whatever_the_input_order() throws Exception {
        List<Path> folders = stories().map(d -> d.resolve("articles")).toList();
        LocalDay day = LocalDay.read(folders, new ArticleParser());
        List<Article> shuffled = new ArrayList<>(day.articles());
        Collections.shuffle(shuffled, new java.util.Random(7));
        String first = Json.write(new DigestEngine().summarize("2030-01-01", day.articles(), day.rejected()));
        String second = Json.write(new DigestEngine().summarize("2030-01-01", shuffled, day.rejected()));
        assertEquals(first, second);
    }

    @Test
    void gives_the_same_digest_whether_articles_are_analyzed_once_or_again_for_their_story() throws Exception {
        List<Path> folders = stories().map(d -> d.resolve("articles")).toList();
        LocalDay day = LocalDay.read(folders, new ArticleParser());
        String keptAll = Json.write(new DigestEngine(1.0).summarize("2030-01-01", day.articles(), day.rejected()));
        String keptNone = Json.write(new DigestEngine(0.0).summarize("2030-01-01", day.articles(), day.rejected()));
        assertEquals(keptAll, keptNone);
    }

    @Test
    void meets_the_bars_on_the_dev_story() throws IOException {
        Path dev = Path.of(System.getProperty("shared.dir", "../shared"), "eval", "russia-dprk-treaty");
        assumeTrue(Files.isDirectory(dev.resolve("articles")), "the evaluation's dev story is not beside the project");
        assertMeetsBars(GoldStory.read(dev), digest(List.of(dev.resolve("articles"))));
    }
}
