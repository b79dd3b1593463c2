package io.newsdigest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Upload;
import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads that reach the digest, each run beside the project's samples: the samples' stories stay
 * exactly as they are without it, and the day's digest takes time of the order ordinary text of the same size
 * takes (words of thousands of letters, a story with hundreds of thousands of figures).
 */
class HostileDaysTest {

    private static final ArticleParser PARSER = new ArticleParser();
    private static List<Article> samples;
    private static List<List<String>> sampleStories;

    @BeforeAll
    static void readSamples() throws IOException {
        samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.sorted().toList()) {
                samples.add(parse(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        sampleStories = storiesOf(new DigestEngine().summarize("2026-11-22", samples, List.of()));
        assertEquals(2, sampleStories.size());
    }

    static Article parse(String key, byte[] bytes) {
        ParseOutcome o = PARSER.parse(new Upload(key, bytes));
        assertTrue(o instanceof ParseOutcome.Parsed, key + ": " + o);
        return ((ParseOutcome.Parsed) o).article();
    }

    /** Each story as its article keys, headline first. */
    private static List<List<String>> storiesOf(Digest d) {
        List<List<String>> out = new ArrayList<>();
        for (Story s : d.stories()) {
            List<String> keys = new ArrayList<>(List.of(s.headline()));
            s.articles().stream().map(ArticleRef::key).forEach(keys::add);
            out.add(keys);
        }
        return out;
    }

    /** The digest of the samples with {@code extra}, after checking that the samples' stories are intact. */
    static Digest besideTheSamples(List<Article> extra) {
        List<Article> day = new ArrayList<>(samples);
        day.addAll(extra);
        Digest d = new DigestEngine().summarize("2026-11-22", day, List.of());
        List<List<String>> stories = storiesOf(d);
        for (List<String> sample : sampleStories) {
            assertTrue(stories.contains(sample), "sample story " + sample + " intact in " + stories);
        }
        return d;
    }

    private static long millis(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String sized(int bytes, java.util.function.IntFunction<String> sentence) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < bytes; i++) {
            b.append(sentence.apply(i)).append('\n');
        }
        return b.toString();
    }

    private static final String[] WORDS = {"council", "ferry", "harbour", "repairs", "budget", "crossing", "landing",
        "timetable", "passengers", "engineer", "inspection", "pier", "weather", "schedule", "operator", "quay"};

    private static String ordinary(int bytes, long seed) {
        Random r = new Random(seed);
        return sized(bytes, i -> {
            StringBuilder s = new StringBuilder("The Quillon office said");
            for (int k = 0; k < 9; k++) {
                s.append(' ').append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(1000));
            }
            return s.append('.').toString();
        });
    }

    @Test
    void words_of_thousands_of_letters_y_cost_about_what_ordinary_words_cost() {
        Random r = new Random(6);
        String ys = sized(400_000, i -> "The council said that the word " + "y".repeat(2_800 + r.nextInt(100))
                + " was in the report.");
        String plain = ordinary(400_000, 6);
        Article hostile = parse("y-runs.txt", ys.getBytes(StandardCharsets.UTF_8));
        Article normal = parse("ordinary.txt", plain.getBytes(StandardCharsets.UTF_8));
        besideTheSamples(List.of(normal)); // warm
        long h = millis(() -> besideTheSamples(List.of(hostile)));
        long o = millis(() -> besideTheSamples(List.of(normal)));
        assertTrue(h <= 3 * o + 1_000, "y-runs " + h + " ms against ordinary " + o + " ms");
    }

    @Test
    void a_story_of_two_articles_full_of_figures_no_other_source_states_costs_about_what_plain_text_costs() {
        String head = "Quillon harbour census counts Marrowby ferry passengers\n\nThe Quillon harbour office published"
                + " its Marrowby ferry census on Sunday. Harbour master Ilse Brannock said the Marrowby crossing had"
                + " its busiest year. The Quillon census lists every crossing of the Marrowby ferry.\n\n";
        List<Article> figures = new ArrayList<>();
        List<Article> plain = new ArrayList<>();
        for (int odd = 0; odd < 2; odd++) {
            int parity = odd;
            figures.add(parse("figures-" + odd + ".txt", (head + sized(500_000, i ->
                    "The Quillon office counted " + ((i % 50) * 2 + parity) + " passengers on Marrowby crossing "
                            + ((i / 50 % 50) * 2 + parity) + " at pier " + ((i / 2500 % 50) * 2 + parity) + "."))
                    .getBytes(StandardCharsets.UTF_8)));
            plain.add(parse("plain-" + odd + ".txt", (head + ordinary(500_000, odd))
                    .getBytes(StandardCharsets.UTF_8)));
        }
        Digest d = besideTheSamples(figures);
        assertEquals(3, d.stories().size(), "the two census articles are one story");
        long h = millis(() -> besideTheSamples(figures));
        long o = millis(() -> besideTheSamples(plain));
        assertTrue(h <= 3 * o + 1_000, "figures " + h + " ms against plain " + o + " ms");
    }

    /** An article and {@code copies} near-copies of it, each with a sentence of its own added. */
    private static List<Article> copiesOf(int copies) {
        List<Article> out = new ArrayList<>();
        out.add(WireCopiesTest.article("copy-0000.txt", "Valley Wire", WireCopiesTest.WIRE));
        for (int i = 1; i <= copies; i++) {
            List<String> copy = new ArrayList<>(WireCopiesTest.WIRE);
            copy.add("Reader " + i + " wrote in to say the river rose " + i + " centimetres near the mill.");
            out.add(WireCopiesTest.article(String.format("copy-%04d.txt", i), "Outlet " + i, copy));
        }
        return out;
    }

    @Test
    void an_article_and_four_near_copies_are_one_story_whose_copies_count_once() {
        Digest d = besideTheSamples(copiesOf(4));
        assertEquals(3, d.stories().size(), storiesOf(d).toString());
        Story copies = d.stories().stream().filter(s -> s.articles().size() == 5).findFirst().orElseThrow();
        assertEquals(4, copies.articles().stream().filter(a -> a.copyOf() != null).count());
        assertEquals(List.of(), copies.sharedFacts(), "one source, however many copies: nothing shared");
    }

    @Test
    void two_thousand_near_copies_are_one_story_and_cost_about_what_as_many_different_articles_cost() {
        List<Article> copies = copiesOf(2_000);
        long start = System.nanoTime();
        Digest d = besideTheSamples(copies);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(3, d.stories().size(), "the samples' two stories and the copies' one");
        assertTrue(millis < 60_000, millis + " ms");
    }

    @Test
    void boilerplate_is_what_repeats_across_different_stories() {
        List<Article> day = new ArrayList<>();
        String[] topics = {"harbour crane", "school roof", "tram depot", "library hours", "river bridge", "city budget"};
        for (int i = 0; i < topics.length; i++) {
            day.add(WireCopiesTest.article("outlet-" + i + ".txt", "The Daily Example", List.of(
                    "The " + topics[i] + " project in district " + (i + 3) + " was approved on Monday by the council.",
                    "Work on the " + topics[i] + " starts in " + (i + 2) + " weeks, officials said.",
                    "Sign up for our newsletter to get the day's news in your inbox every morning.")));
        }
        Digest d = besideTheSamples(day);
        assertEquals(2 + topics.length, d.stories().size(), "six different stories sharing a sign-off stay apart");
    }
}
