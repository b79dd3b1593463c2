package io.newsdigest.summary;

import static io.newsdigest.summary.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Story;
import io.newsdigest.digest.UniqueClaim;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.story.ArticleText;
import io.newsdigest.story.StoryArticles;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FactFinderTest {

    private static Story onlyStory(Digest d) {
        assertEquals(1, d.stories().size(), () -> "stories: " + d.stories());
        return d.stories().get(0);
    }

    private static final String A1 = "Flooding forced the evacuation of 300 homes in Lindholm on Sunday after the Dessa river burst its banks.";
    private static final String A2 = "The mayor of Lindholm, Tomas Brek, said emergency shelters had been opened in three schools.";
    private static final String A3 = "A bakery owner said the water reached her counter within an hour.";
    private static final String B1 = "About 300 homes in Lindholm were evacuated on Sunday when the Dessa river burst its banks after days of rain.";
    private static final String B2 = "Emergency shelters have opened in three schools, Lindholm mayor Tomas Brek told reporters.";
    private static final String B3 = "Forecasters expect the river to peak on Tuesday morning.";


    @Test
    void two_reports_sharing_only_a_few_of_the_storys_words_do_not_make_a_fact() {
        String volunteers = "Volunteers searching the harbour district said they had never seen such damage "
                + "in forty years.";
        String divers = "Divers were searching near the harbour district for two trawler crews still missing, "
                + "the port authority said on Monday.";
        TermAnalyzer analyzer = new TermAnalyzer();
        Tokenizer tokenizer = new Tokenizer();
        StoryArticles story = StoryArticles.of(List.of(
                ArticleText.read(0, article("a.txt", "Dessa river floods Lindholm", A1, A2,
                        "The harbour district was the worst hit, with water up to the first floors.",
                        "Cellars across the district were still under water, searching them would take days.",
                        volunteers), tokenizer, analyzer),
                ArticleText.read(1, article("b.txt", "Lindholm evacuates 300 homes", B1, B2,
                        "In the harbour district, boats were left on the quays.",
                        "Firefighters went through the district house by house, searching.", divers), tokenizer, analyzer)));
        StoryReading reading = new StoryReading(story, new QuantityReader(analyzer));
        FactFinder.Settings d = FactFinder.DEFAULTS;
        FactFinder loose = new FactFinder(
                new FactFinder.Settings(d.align(), d.align(), d.minShared(), d.group(), d.redundancy(), d.lead(),
                        d.max()));
        Predicate<FactFinder.Group> pairsThem = g -> g.members().stream().anyMatch(s -> s.text().equals(volunteers))
                && g.members().stream().anyMatch(s -> s.text().equals(divers));

        assertTrue(loose.groups(reading).stream().anyMatch(pairsThem), "the two sentences align");
        assertTrue(new FactFinder(d).groups(reading).stream().noneMatch(pairsThem),
                "two sentences alone, this loosely aligned, are not a fact");
    }


    @Test
    void of_two_facts_as_widely_stated_and_almost_as_alike_the_one_the_reports_lead_with_takes_the_last_place() {
        String lead = "Flooding forced Lindholm to evacuate 300 homes on Sunday after the Dessa river burst its banks.";
        String shelters = "Emergency shelters were opened in three schools by the mayor, Tomas Brek.";
        TermAnalyzer analyzer = new TermAnalyzer();
        Tokenizer tokenizer = new Tokenizer();
        StoryArticles story = StoryArticles.of(List.of(
                ArticleText.read(0, article("a.txt", "Dessa river floods Lindholm", lead, A3,
                        "Residents queued for sandbags at the hall.",
                        "Several roads to the north of the town were closed.", "Trains to Marren were cancelled.",
                        shelters), tokenizer, analyzer),
                ArticleText.read(1, article("b.txt", "Lindholm evacuates 300 homes",
                        "The Dessa burst its banks on Sunday and about 300 homes in Lindholm had to be evacuated.", B3,
                        "Volunteers filled sandbags through the night.", "Schools in the valley will stay shut.",
                        "The regional council met in emergency session.",
                        "Mayor Tomas Brek said three schools now serve as emergency shelters for families."),
                        tokenizer, analyzer)));
        StoryReading reading = new StoryReading(story, new QuantityReader(analyzer));
        FactFinder.Settings d = FactFinder.DEFAULTS;
        FactFinder byWording = new FactFinder(
                new FactFinder.Settings(d.align(), d.pair(), d.minShared(), d.group(), d.redundancy(), 0, 1));
        FactFinder product = new FactFinder(
                new FactFinder.Settings(d.align(), d.pair(), d.minShared(), d.group(), d.redundancy(), d.lead(), 1));

        assertEquals(shelters, byWording.facts(reading, byWording.groups(reading), f -> false, f -> f).get(0).text(),
                "worded a little more alike, the later fact would win");
        assertEquals(lead, product.facts(reading, product.groups(reading), f -> false, f -> f).get(0).text());
    }

    @Test
    void reports_a_fact_two_sources_state_in_different_words_quoting_both() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Dessa river floods Lindholm", A1, A2, A3),
                article("b.txt", "Lindholm evacuates 300 homes as Dessa bursts banks", B1, B2, B3)), List.of());
        List<List<Evidence>> evidence = onlyStory(d).sharedFacts().stream().map(SharedFact::evidence)
                .sorted(java.util.Comparator.comparing(e -> e.get(0).text())).toList();
        assertEquals(List.of(
                List.of(new Evidence("a.txt", A1), new Evidence("b.txt", B1)),
                List.of(new Evidence("a.txt", A2), new Evidence("b.txt", B2))), evidence);
        assertEquals(List.of("a.txt", "b.txt"), onlyStory(d).sharedFacts().get(0).supportedBy());
    }

    @Test
    void never_reports_a_sentence_only_one_source_states() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Dessa river floods Lindholm", A1, A2, A3),
                article("b.txt", "Lindholm evacuates 300 homes as Dessa bursts banks", B1, B2, B3)), List.of());
        for (SharedFact f : onlyStory(d).sharedFacts()) {
            assertTrue(f.supportedBy().size() >= 2);
            assertTrue(!f.text().equals(A3) && !f.text().equals(B3));
        }
    }

    @Test
    void a_syndicated_copy_is_listed_but_does_not_make_a_fact_shared() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Dessa river floods Lindholm", A1, A2, A3),
                article("copy.txt", "Dessa river floods Lindholm", A1, A2, A3),
                article("b.txt", "Lindholm evacuates 300 homes as Dessa bursts banks", B1, B2, B3)), List.of());
        Story story = onlyStory(d);
        assertEquals(3, story.articles().size());
        for (SharedFact f : story.sharedFacts()) {
            assertTrue(f.supportedBy().contains("b.txt"), () -> "supported by a copy only: " + f);
            assertTrue(!f.text().equals(A3));
        }
        assertEquals(List.of("a.txt", "b.txt", "copy.txt"), story.sharedFacts().get(0).supportedBy());
    }

    @Test
    void every_evidence_text_is_a_sentence_of_its_article() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Dessa river floods Lindholm", A1, A2, A3),
                article("b.txt", "Lindholm evacuates 300 homes as Dessa bursts banks", B1, B2, B3)), List.of());
        for (SharedFact f : onlyStory(d).sharedFacts()) {
            for (Evidence e : f.evidence()) {
                List<String> sentences = e.article().equals("a.txt") ? List.of(A1, A2, A3) : List.of(B1, B2, B3);
                assertTrue(sentences.contains(e.text()), e.text());
            }
        }
    }

    @Test
    void the_fact_the_reports_lead_with_comes_first_even_when_a_later_one_is_worded_more_alike() {
        String lead = "Flooding forced Lindholm to evacuate 300 homes on Sunday after the Dessa river burst its banks.";
        String lead2 = "The Dessa burst its banks on Sunday and about 300 homes in Lindholm had to be evacuated.";
        String shelters = "Emergency shelters have been opened in three schools, Lindholm mayor Tomas Brek said.";
        String shelters2 = "Emergency shelters have been opened in three schools, Lindholm mayor Tomas Brek told reporters.";
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Dessa river floods Lindholm", lead, A3, "Residents queued for sandbags at the hall.",
                        "Several roads to the north of the town were closed.", "Trains to Marren were cancelled.",
                        shelters),
                article("b.txt", "Lindholm evacuates 300 homes as Dessa bursts banks", lead2, B3,
                        "Volunteers filled sandbags through the night.", "Schools in the valley will stay shut.",
                        "The regional council met in emergency session.", shelters2)), List.of());
        List<SharedFact> facts = onlyStory(d).sharedFacts();
        assertEquals(2, facts.size(), () -> "facts: " + facts);
        assertTrue(facts.get(0).evidence().contains(new Evidence("a.txt", lead)), () -> "first: " + facts.get(0));
    }

    @Test
    void a_fact_that_states_the_toll_comes_before_one_as_widely_and_as_early_stated_on_average() {
        String roads = "Roads north of Lindholm were closed by the police and the army during the night.";
        String roads2 = "Roads north of Lindholm were closed by the police and the army late in the night.";
        String toll = "Two people were killed when the Dessa river swept away their car near Lindholm.";
        String toll2 = "A car was carried off by the Dessa near Lindholm, and the two people in it were killed.";
        assertFirstOfTwo(toll, List.of(roads, toll), List.of(toll2, roads2));
    }

    @Test
    void a_fact_that_dates_what_happened_comes_before_one_as_widely_and_a_little_earlier_stated() {
        String roads = "Roads north of Lindholm were closed by the police and the army during the night.";
        String roads2 = "Roads north of Lindholm were closed by the police and the army late in the night.";
        String burst = "The Dessa river burst its banks at Lindholm on Sunday, flooding the lower town.";
        String burst2 = "The lower town of Lindholm was flooded when the Dessa burst its banks on Sunday.";
        assertFirstOfTwo(burst, List.of(roads, burst), List.of(roads2, burst2));
    }

    @Test
    void the_day_something_was_said_does_not_date_what_happened() {
        String roads = "Roads north of Lindholm were closed by the police and the army during the night.";
        String roads2 = "Roads north of Lindholm were closed by the police and the army late in the night.";
        String said = "The Dessa river has burst its banks at Lindholm, flooding the lower town, officials said Sunday.";
        String said2 = "The lower town of Lindholm has been flooded by the Dessa, the council said on Sunday.";
        assertFirstOfTwo(roads, List.of(roads, said), List.of(said2, roads2));
    }

    @Test
    void a_fact_is_worded_by_a_sentence_that_stands_on_its_own() {
        String b = "The council ordered the evacuation of 300 homes in Lindholm on Sunday as the river rose.";
        String c = "The Dessa river burst its banks after heavy rain, and 300 homes in Lindholm were evacuated.";
        for (String leaning : List.of(
                "It forced the evacuation of 300 homes in Lindholm on Sunday after the Dessa river burst its banks.",
                "Two days after that warning, 300 homes in Lindholm were evacuated on Sunday as the Dessa river burst its banks.")) {
            Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                    article("a.txt", "Dessa river floods Lindholm", leaning, A3),
                    article("b.txt", "Dessa river floods Lindholm homes", b, B3),
                    article("c.txt", "Dessa river floods 300 Lindholm homes", c, "Forecasters expect more rain on Friday.")),
                    List.of());
            SharedFact fact = onlyStory(d).sharedFacts().get(0);
            assertEquals(3, fact.evidence().size(), () -> "fact: " + fact);
            assertTrue(!fact.text().equals(leaning), () -> "worded by: " + fact.text());
        }
    }

    /** A story of two articles with two facts, read by a finder that reports one fact. */
    private record OnePlace(FactFinder finder, StoryReading reading, List<FactFinder.Group> groups) {

        static OnePlace of() {
            TermAnalyzer analyzer = new TermAnalyzer();
            Tokenizer tokenizer = new Tokenizer();
            StoryArticles story = StoryArticles.of(List.of(
                    ArticleText.read(0, article("a.txt", "Dessa river floods Lindholm", A1, A2, A3), tokenizer,
                            analyzer),
                    ArticleText.read(1, article("b.txt", "Lindholm evacuates 300 homes", B1, B2, B3), tokenizer,
                            analyzer)));
            StoryReading reading = new StoryReading(story, new QuantityReader(analyzer));
            FactFinder.Settings d = FactFinder.DEFAULTS;
            FactFinder one = new FactFinder(new FactFinder.Settings(d.align(), d.pair(), d.minShared(), d.group(),
                    d.redundancy(), d.lead(), 1));
            List<FactFinder.Group> groups = one.groups(reading);
            assertEquals(2, groups.size(), () -> "groups: " + groups);
            return new OnePlace(one, reading, groups);
        }

        String best() {
            return groups.get(0).text().text();
        }
    }

    @Test
    void a_fact_the_check_rejects_leaves_its_place_to_the_next_best() {
        OnePlace p = OnePlace.of();

        List<SharedFact> facts = p.finder().facts(p.reading(), p.groups(), f -> false,
                f -> f.text().equals(p.best()) ? null : f);

        assertEquals(1, facts.size(), () -> "facts: " + facts);
        assertEquals(p.groups().get(1).text().text(), facts.get(0).text());
    }

    @Test
    void a_fact_the_disagreements_tell_keeps_its_place_and_is_not_repeated() {
        OnePlace p = OnePlace.of();

        List<SharedFact> facts = p.finder().facts(p.reading(), p.groups(), f -> f.text().equals(p.best()), f -> f);

        assertEquals(List.of(), facts, "the one place went to the fact told elsewhere");
    }

    @Test
    void a_story_of_one_source_shows_its_lead_after_the_sentence_that_heads_it() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", null, A1, A2, A3, "Forecasters expect the river to peak on Tuesday morning.")),
                List.of());
        Story story = onlyStory(d);
        assertTrue(A1.startsWith(story.headline()), () -> "headline: " + story.headline());
        assertEquals(List.of(new UniqueClaim(A2, "a.txt"), new UniqueClaim(A3, "a.txt")), story.uniqueClaims());
    }

    /** Two articles (three sentences each, their last one unshared) give two facts, the first quoting {@code first}. */
    private static void assertFirstOfTwo(String first, List<String> a, List<String> b) {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Dessa river floods Lindholm", a.get(0), a.get(1), A3),
                article("b.txt", "Lindholm evacuates 300 homes as Dessa bursts banks", b.get(0), b.get(1), B3)), List.of());
        List<SharedFact> facts = onlyStory(d).sharedFacts();
        assertEquals(2, facts.size(), () -> "facts: " + facts);
        assertTrue(facts.get(0).evidence().contains(new Evidence("a.txt", first)), () -> "first: " + facts.get(0));
    }
}
