package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Side;
import io.newsdigest.summary.DigestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two short reports of the same event that differ in one statement, and what the digest says of them. */
class DisagreementFinderTest {

    private static final String COMMON_A = "A freight train derailed near the village of Orbec in the Calvan hills on Monday night.";
    private static final String COMMON_B = "A freight train came off the rails near Orbec in the Calvan hills late on Monday.";
    private static final String MORE_A = "Rail operator Nordline said the line between Orbec and Saint-Calvan would stay closed.";
    private static final String MORE_B = "Nordline said the line between Orbec and Saint-Calvan will remain closed for repairs.";

    private static Article article(String key, String title, String... sentences) {
        return new Article(key, Integer.toHexString(key.hashCode()) + "00000000", "text", title, null, null, null,
                "en", List.of(sentences), List.of());
    }

    private static List<Disagreement> disagreements(String a, String b) {
        var d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Freight train derails near Orbec", COMMON_A, a, MORE_A),
                article("b.txt", "Train derailment closes Orbec line", COMMON_B, b, MORE_B)), List.of());
        assertEquals(1, d.stories().size());
        return d.stories().get(0).disagreements();
    }

    private static void assertSides(Disagreement d, String kind, String sideA, String sideB) {
        assertEquals(kind, d.kind());
        assertEquals(List.of(sideA, sideB), d.sides().stream().map(Side::text).sorted(
                (x, y) -> x.equals(sideA) ? -1 : y.equals(sideA) ? 1 : 0).toList());
    }

    @Test
    void flags_different_counts_of_the_same_thing() {
        String a = "Eleven wagons carrying grain left the track, the operator said.";
        String b = "Fourteen wagons carrying grain left the track, according to the operator.";
        List<Disagreement> found = disagreements(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertSides(found.get(0), "number", a, b);
    }

    @Test
    void does_not_flag_at_least_a_number_against_that_number() {
        assertEquals(List.of(), disagreements("At least 11 wagons carrying grain left the track, the operator said.",
                "Eleven wagons carrying grain left the track, according to the operator."));
    }

    @Test
    void does_not_flag_the_same_length_in_metres_and_feet() {
        assertEquals(List.of(), disagreements("About 300 m of track were torn up, the operator said.",
                "Some 984 feet of track were torn up, according to the operator."));
    }

    @Test
    void flags_different_times_for_the_same_event() {
        String a = "The wagons left the track at 11:40 p.m., the operator said.";
        String b = "The wagons left the track at 10:15 p.m., according to the operator.";
        List<Disagreement> found = disagreements(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertSides(found.get(0), "date", a, b);
    }

    @Test
    void flags_a_statement_another_source_denies() {
        String a = "The driver was injured in the derailment and taken to hospital in Orbec.";
        String b = "The driver was not injured in the derailment, the operator said.";
        List<Disagreement> found = disagreements(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertSides(found.get(0), "negation", a, b);
    }

    @Test
    void flags_confirmed_against_denied() {
        String a = "Police confirmed that the signal system had failed before the derailment.";
        String b = "Police denied that the signal system had failed before the derailment.";
        List<Disagreement> found = disagreements(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertSides(found.get(0), "attribution", a, b);
    }

    @Test
    void flags_a_claim_another_source_says_falls_short() {
        String a = "Engineers called the damage to the Orbec viaduct a structural failure.";
        String b = "Engineers said the damage to the Orbec viaduct fell short of a structural failure.";
        List<Disagreement> found = disagreements(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertSides(found.get(0), "claim", a, b);
    }

    @Test
    void flags_opposite_movements() {
        String a = "Grain prices rose sharply in Calvan after the derailment, traders said.";
        String b = "Grain prices fell sharply in Calvan after the derailment, traders said.";
        List<Disagreement> found = disagreements(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertSides(found.get(0), "claim", a, b);
    }

    @Test
    void finds_nothing_when_the_sources_agree() {
        assertEquals(List.of(), disagreements("Eleven wagons carrying grain left the track, the operator said.",
                "Eleven grain wagons left the track, according to the operator."));
    }
}
