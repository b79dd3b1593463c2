package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where it happened, in reports of a helicopter accident written for these tests. */
class PlaceConflictsTest {

    private static final TestReports REPORTS = new TestReports("Helicopter with Varn governor missing", List.of(
            "A rescue helicopter carrying the governor of Varn came down in thick fog on Sunday.",
            "The governor of Varn was aboard a rescue helicopter that went missing in fog on Sunday afternoon.",
            "Searchers were looking for a helicopter with the Varn governor on board after it lost contact on Sunday.",
            "Contact was lost on Sunday with the helicopter flying the governor of Varn through fog."));

    private static Article article(String key, String... sentences) {
        return REPORTS.article(key, sentences);
    }

    private static final String NEAR_HALDEN =
            "State radio said the helicopter made a hard landing near Halden, a mountain village.";
    private static final String HALDEN_AREA =
            "The accident happened to the helicopter of the governor in the Halden area, officials said.";

    private static List<Disagreement> places(Story story) {
        return story.disagreements().stream().filter(x -> x.topic().startsWith("Where it happened")).toList();
    }

    @Test
    void sources_that_put_the_event_in_different_places_disagree() {
        List<Disagreement> found = places(TestReports.story(
                article("a.txt", NEAR_HALDEN),
                article("b.txt", HALDEN_AREA),
                article("c.txt", "A regional official said the crash took place near the village of Morvik."),
                article("d.txt", "Rescuers later located the wreck near Morvik, on a forested slope.")));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Where it happened: Halden / Morvik", found.get(0).topic());
        assertEquals(List.of(List.of("a.txt", "b.txt"), List.of("c.txt", "d.txt")),
                found.get(0).sides().stream().map(Side::supportedBy).toList());
        assertEquals("claim", found.get(0).kind());
    }

    @Test
    void a_place_only_one_source_gives_is_not_a_side() {
        assertEquals(List.of(), places(TestReports.story(
                article("a.txt", NEAR_HALDEN),
                article("b.txt", HALDEN_AREA),
                article("c.txt", "A regional official said the crash took place near the village of Morvik."),
                article("d.txt", "Rescue teams were sent from three towns."))));
    }

    @Test
    void a_place_named_with_the_place_it_lies_in_is_not_a_different_answer() {
        assertEquals(List.of(), places(TestReports.story(
                article("a.txt", NEAR_HALDEN,
                        "Halden lies in the Tarsk district, two hours from the capital."),
                article("b.txt", HALDEN_AREA),
                article("c.txt", "A regional official said the crash took place in the Tarsk district."),
                article("d.txt", "The incident occurred in Tarsk, the governor's office said."))));
    }

    @Test
    void a_day_or_month_after_in_is_not_a_place() {
        assertEquals(List.of(), places(TestReports.story(
                article("a.txt", "The crash happened in May, state radio said."),
                article("b.txt", "A similar accident occurred in May of last year."),
                article("c.txt", "A regional official said the crash took place near the village of Morvik."),
                article("d.txt", "Rescuers later located the wreck near Morvik, on a forested slope."))));
    }

    @Test
    void two_sentences_that_give_different_places_do_not_make_an_agreed_fact() {
        // long sentences, each more than the one claim a detector opposes: only a value keeps them apart
        String halden = "The helicopter made a hard landing near Halden in thick fog on Sunday afternoon, state radio "
                + "said, adding that rescue teams had been sent from the capital and from two nearby towns.";
        String morvik = "The helicopter made a hard landing near Morvik in thick fog on Sunday afternoon, state radio "
                + "said, adding that rescue teams had been sent from the capital and from two nearby towns.";
        Story story = TestReports.story(
                article("a.txt", halden),
                article("b.txt", HALDEN_AREA),
                article("c.txt", morvik),
                article("d.txt", "Rescuers later located the wreck near Morvik, on a forested slope."));
        assertEquals(1, places(story).size(), () -> "disagreements: " + story.disagreements());
        for (SharedFact f : story.sharedFacts()) {
            List<String> quoted = f.evidence().stream().map(e -> e.text()).toList();
            assertTrue(!(quoted.contains(halden) && quoted.contains(morvik)), () -> "agreed: " + f);
        }
    }

    @Test
    void a_fact_most_sources_agree_on_is_not_worded_with_a_place_only_some_of_them_give() {
        String halden = "The governor's helicopter made a hard landing near Halden on Sunday with six officials "
                + "aboard, state radio said.";
        Story story = TestReports.story(
                article("a.txt", halden),
                article("b.txt", "The governor's helicopter made a hard landing near Halden on Sunday with six "
                        + "officials on board, state media said."),
                article("c.txt", "The governor's helicopter came down on Sunday with six officials aboard, state "
                        + "radio said.", "Rescuers later located the wreck near Morvik, on a forested slope."),
                article("d.txt", "The governor's helicopter with six officials aboard came down on Sunday, state "
                        + "radio reported.",
                        "A regional official said the crash took place near the village of Morvik."));
        assertEquals(1, places(story).size(), () -> "disagreements: " + story.disagreements());
        SharedFact landing = story.sharedFacts().stream()
                .filter(f -> f.evidence().stream().anyMatch(e -> e.text().equals(halden))).findFirst().orElseThrow();
        assertEquals(4, landing.supportedBy().size(), () -> "fact: " + landing);
        assertTrue(!landing.text().contains("Halden"), () -> "worded: " + landing.text());
    }
}
