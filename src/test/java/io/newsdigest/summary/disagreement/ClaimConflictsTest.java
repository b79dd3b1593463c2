package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is blamed, when it happened, and what a negation denies, in reports written for these tests. */
class ClaimConflictsTest {

    private static final TestReports REPORTS = new TestReports("Bridge collapses at Ostel", List.of(
            "A bridge over the Tarn river collapsed near the town of Ostel in the Varn region.",
            "The Ostel road bridge across the Tarn fell into the river, cutting the town off from Varn.",
            "Rescuers reached the wreck of the Tarn bridge at Ostel after the span gave way.",
            "Traffic between Ostel and the Varn border stopped after the Tarn bridge came down."));

    private static Article article(String key, String... sentences) {
        return REPORTS.article(key, sentences);
    }

    private static List<Disagreement> disagreements(String kind, Article... articles) {
        return TestReports.story(articles).disagreements().stream().filter(x -> x.kind().equals(kind)).toList();
    }

    @Test
    void sources_that_blame_different_parties_for_the_same_event_disagree() {
        String byVarn = "Officials in Ostel said the bridge was destroyed by Varnese artillery.";
        String byVarn2 = "The mayor of Ostel blamed Varnese forces for the collapse of the bridge.";
        String byOstel = "The Varn government blamed the collapse on Ostelian saboteurs.";
        String byOstel2 = "Varn officials accused Ostelian troops of blowing up the bridge.";
        List<Disagreement> found = disagreements("claim", article("a.txt", byVarn), article("b.txt", byVarn2),
                article("c.txt", byOstel), article("d.txt", byOstel2));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Who is blamed: Varnese / Ostelian", found.get(0).topic());
        assertEquals(List.of(List.of("a.txt", "b.txt"), List.of("c.txt", "d.txt")),
                found.get(0).sides().stream().map(Side::supportedBy).toList());
    }

    @Test
    void one_source_alone_blaming_a_party_is_not_a_side() {
        assertEquals(List.of(), disagreements("claim",
                article("a.txt", "Officials in Ostel said the bridge was destroyed by Varnese artillery."),
                article("b.txt", "The mayor of Ostel blamed Varnese forces for the collapse of the bridge."),
                article("c.txt", "The Varn government blamed the collapse on Ostelian saboteurs.")));
    }

    @Test
    void different_days_for_the_same_happening_disagree_but_a_day_of_reporting_does_not() {
        String a = "Witnesses said the bridge collapsed on Tuesday night.";
        String b = "The bridge collapsed on Wednesday, the regional office said.";
        List<Disagreement> found = disagreements("date", article("a.txt", a), article("b.txt", b));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Day (bridge collapsed): Tuesday / Wednesday", found.get(0).topic());
        assertEquals(List.of(), disagreements("date",
                article("a.txt", "Officials said Tuesday that the bridge had been closed to lorries."),
                article("b.txt", "Officials said Thursday that the bridge had been closed to lorries.")));
        assertEquals(List.of(), disagreements("date",
                article("a.txt", "During a Jan. 30 press briefing, the mayor said the bridge over the Varn had been closed to lorries."),
                article("b.txt", "The bridge over the Varn had been closed to lorries, the mayor said at a Feb. 2 press briefing.")));
    }

    @Test
    void a_time_that_ends_the_opening_clause_times_what_the_sentence_goes_on_to_say() {
        String a = "As the river rose on Tuesday night, the old bridge collapsed into the Tarn.";
        String b = "The old bridge collapsed on Wednesday, the regional office said.";
        List<Disagreement> found = disagreements("date", article("a.txt", a), article("b.txt", b));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals(List.of(List.of(a), List.of(b)),
                found.get(0).sides().stream().map(side -> side.evidence().stream().map(e -> e.text()).toList())
                        .toList());
        assertEquals(List.of(), disagreements("date",
                article("a.txt", "As the river rose on Tuesday night, rescuers moved families out of Ostel."),
                article("b.txt", "The old bridge collapsed on Wednesday, the regional office said.")));
    }

    @Test
    void a_negated_verb_of_belief_is_not_a_denial() {
        assertEquals(List.of(), disagreements("negation",
                article("a.txt", "Rescuers believe all 12 people in the two cars died in the fall."),
                article("b.txt", "Rescuers do not believe anyone in the two cars survived the fall.")));
    }

    @Test
    void a_belief_that_something_is_not_so_agrees_with_saying_it_is_not() {
        assertEquals(List.of(), disagreements("negation",
                article("a.txt", "There were likely no survivors of the collision over the Varn river, the fire chief said."),
                article("b.txt", "Officials say they don't believe there are any survivors of the collision over the Varn river.")));
    }

    @Test
    void two_ways_of_denying_the_same_thing_agree() {
        assertEquals(List.of(), disagreements("negation",
                article("a.txt", "Officials in Varn denied any part in the fire, asserting the town's lack of involvement in the blaze at the depot."),
                article("b.txt", "The mayor of Varn said the town had no involvement in the blaze at the depot.")));
    }

    @Test
    void an_opposite_word_that_is_itself_denied_opposes_nothing() {
        assertEquals(List.of(), disagreements("attribution",
                article("a.txt", "There was no confirmation from the ministry that the director of the Varn depot had resigned."),
                article("b.txt", "The ministry denied that the director of the Varn depot had resigned.")));
    }

    @Test
    void a_denial_is_headed_by_what_is_in_question() {
        List<Disagreement> found = disagreements("negation",
                article("a.txt", "Police said the engineer in charge of the bridge had been arrested on Monday."),
                article("b.txt", "The engineer in charge of the bridge has not been arrested, police said."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Arrested or not: engineer in charge of the bridge", found.get(0).topic());
    }

    @Test
    void little_of_something_agrees_with_none_of_it() {
        assertEquals(List.of(), disagreements("negation",
                article("a.txt", "Engineers found only light structural damage to the piers of the old Tarn bridge."),
                article("b.txt", "There was no structural damage to the piers of the old Tarn bridge, engineers said.")));
    }

    @Test
    void damage_against_no_damage_is_a_denial() {
        List<Disagreement> found = disagreements("negation",
                article("a.txt", "Engineers found serious structural damage to the piers of the old Tarn bridge."),
                article("b.txt", "There was no structural damage to the piers of the old Tarn bridge, engineers said."));
        assertEquals(1, found.size(), () -> "found: " + found);
    }
}
