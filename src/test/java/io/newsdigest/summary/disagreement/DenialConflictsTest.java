package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Side;
import io.newsdigest.digest.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A party's denial against those who blame it, in reports of a bombing written for these tests. */
class DenialConflictsTest {

    private static final TestReports REPORTS = new TestReports("Bomb kills 14 in Arvel market", List.of(
            "A bomb tore through the central market of Arvel on Tuesday, killing at least 14 shoppers.",
            "At least 14 people died when a bomb exploded in Arvel's crowded central market on Tuesday.",
            "The bombing of the central market in Arvel on Tuesday killed 14 people and wounded dozens.",
            "Fourteen shoppers were killed on Tuesday by a bomb in the central market of Arvel."));

    private static Article article(String key, String... sentences) {
        return REPORTS.article(key, sentences);
    }

    private static final String BLAMED =
            "The interior minister of Arvel blamed the bombing on Southland and promised a response.";
    /** Blame that names someone no other report names: what only one source says, were it not a side. */
    private static final String BLAMED_BY_NAME =
            "Interior minister Dara Velt blamed the bombing on Southland and promised a firm response.";
    private static final String DENIED_THAT =
            "A spokesman for the government of Southland denied that Southland was involved in the bombing.";
    private static final String NO_ROLE =
            "The foreign ministry said in a statement on Wednesday that Southland had no role in the attack.";

    private static List<Disagreement> denials(Story story) {
        return story.disagreements().stream().filter(x -> x.topic().startsWith("Whether")).toList();
    }

    @Test
    void a_party_that_denies_what_another_source_blames_on_it_is_a_disagreement() {
        List<Disagreement> found = denials(TestReports.story(
                article("a.txt", BLAMED),
                article("b.txt", DENIED_THAT),
                article("c.txt", NO_ROLE),
                article("d.txt", "Market traders said they had heard two blasts a minute apart.")));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Whether Southland was involved: blamed / denied", found.get(0).topic());
        assertEquals(List.of(List.of("a.txt"), List.of("b.txt", "c.txt")),
                found.get(0).sides().stream().map(Side::supportedBy).toList());
        assertEquals("claim", found.get(0).kind());
    }

    @Test
    void a_denial_nobody_answers_with_blame_is_not_a_disagreement() {
        assertEquals(List.of(), denials(TestReports.story(
                article("a.txt", "The interior minister said the police had no suspects yet."),
                article("b.txt", DENIED_THAT),
                article("c.txt", NO_ROLE),
                article("d.txt", "Market traders said they had heard two blasts a minute apart."))));
    }

    @Test
    void a_party_that_denies_is_not_set_against_blame_laid_on_another() {
        assertEquals(List.of(), denials(TestReports.story(
                article("a.txt", "The interior minister of Arvel blamed the bombing on Northland rebels."),
                article("b.txt", DENIED_THAT),
                article("c.txt", NO_ROLE),
                article("d.txt", "Market traders said they had heard two blasts a minute apart."))));
    }

    @Test
    void a_report_that_gives_both_the_blame_and_the_denial_takes_neither_side() {
        assertEquals(List.of(), denials(TestReports.story(
                article("a.txt", "Arvel blamed the bombing on Southland, which denied any involvement."),
                article("b.txt", DENIED_THAT),
                article("c.txt", "Market traders said they had heard two blasts a minute apart."),
                article("d.txt", "Police closed the market for two days."))));
    }

    @Test
    void the_party_is_named_as_the_reports_name_it_most_often() {
        List<Disagreement> found = denials(TestReports.story(
                article("a.txt", BLAMED),
                article("b.txt", "Officials in the capital accused Southland of planning the attack."),
                article("c.txt", "The foreign ministry rejected any Southlandish involvement in the bombing."),
                article("d.txt", NO_ROLE)));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Whether Southland was involved: blamed / denied", found.get(0).topic());
    }

    @Test
    void a_sentence_quoted_as_a_side_is_not_quoted_again_as_what_only_one_source_says() {
        Story story = TestReports.story(
                article("a.txt", BLAMED_BY_NAME),
                article("b.txt", DENIED_THAT),
                article("c.txt", NO_ROLE),
                article("d.txt", "Market traders said they had heard two blasts a minute apart."));
        assertEquals(1, denials(story).size(), () -> "found: " + story.disagreements());
        assertTrue(story.uniqueClaims().stream().noneMatch(c -> c.text().equals(BLAMED_BY_NAME)),
                () -> "only one source says: " + story.uniqueClaims());
    }

    @Test
    void a_denial_two_reports_share_is_told_as_its_side_not_again_as_agreed() {
        Story story = TestReports.story(
                article("a.txt", BLAMED),
                article("b.txt", DENIED_THAT),
                article("c.txt", "A spokesman for Southland's government denied that Southland was involved in the "
                        + "market bombing."),
                article("d.txt", "Market traders said they had heard two blasts a minute apart."));
        assertEquals(List.of(List.of("a.txt"), List.of("b.txt", "c.txt")),
                denials(story).stream().flatMap(d -> d.sides().stream()).map(Side::supportedBy).toList());
        assertTrue(story.sharedFacts().stream().noneMatch(f -> f.text().contains("denied")),
                () -> "agreed: " + story.sharedFacts());
        assertTrue(story.sharedFacts().stream().anyMatch(f -> f.supportedBy().size() == 4),
                () -> "the bombing itself is still agreed: " + story.sharedFacts());
    }

    @Test
    void a_fact_whose_sentences_stand_on_both_sides_of_a_claim_is_still_agreed() {
        Story story = TestReports.story(
                article("a.txt", BLAMED),
                article("b.txt", "Speaking to reporters outside the ministry in the capital on Wednesday evening, the "
                        + "interior minister said that the relief fund for the families of the victims would open "
                        + "on Monday, and blamed Southland for the bombing."),
                article("c.txt", "Speaking to reporters outside the ministry in the capital on Wednesday evening, the "
                        + "interior minister said that the relief fund for the families of the victims would open "
                        + "on Monday, while Southland denied that Southland was involved in the bombing."),
                article("d.txt", DENIED_THAT));
        assertEquals(1, denials(story).size(), () -> "found: " + story.disagreements());
        assertTrue(story.sharedFacts().stream().anyMatch(f -> f.text().contains("relief fund")
                && f.supportedBy().containsAll(List.of("b.txt", "c.txt"))),
                () -> "the relief fund, which both reports give, is agreed: " + story.sharedFacts());
    }

    @Test
    void having_nothing_to_do_with_it_is_a_denial() {
        List<Disagreement> found = denials(TestReports.story(
                article("a.txt", BLAMED),
                article("b.txt", "The government of Southland denied it had anything to do with the bombing."),
                article("c.txt", "Officials insisted that Southland had nothing to do with the market attack."),
                article("d.txt", "Market traders said they had heard two blasts a minute apart.")));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals(List.of(List.of("a.txt"), List.of("b.txt", "c.txt")),
                found.get(0).sides().stream().map(Side::supportedBy).toList());
    }
}
