package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Disagreement;
import io.newsdigest.digest.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures that measure the same thing differ; figures of different things never do. */
class FigureConflictsTest {

    private static final String LEAD_A = "A passenger ferry capsized off the island of Velm in the Orsa strait on Sunday evening.";
    private static final String LEAD_B = "The ferry Ostra Maren overturned near Velm in the Orsa strait late on Sunday.";
    private static final String LEAD_C = "Rescuers searched the Orsa strait off Velm after the ferry Ostra Maren capsized on Sunday.";

    private static Article article(String key, String published, String lead, String... more) {
        List<String> sentences = new ArrayList<>(List.of(lead));
        sentences.addAll(List.of(more));
        sentences.add("The Velm port authority said the ferry Ostra Maren sailed from Velm harbour to the mainland.");
        return new Article(key, Integer.toHexString(key.hashCode()) + "00000000", "text", "Ferry capsizes off Velm",
                null, null, published, "en", sentences, List.of());
    }

    private static List<Disagreement> figures(Article... articles) {
        return TestReports.story(articles).disagreements().stream().filter(x -> x.kind().equals("number")).toList();
    }

    /** The figure disagreements of two reports published on one day, the first adding {@code a}, the second {@code b}. */
    private static List<Disagreement> twoReports(String a, String b) {
        return figures(article("a.txt", "2031-05-04", LEAD_A, a), article("b.txt", "2031-05-04", LEAD_B, b));
    }

    /** The one figure disagreement of {@link #twoReports}. */
    private static Disagreement theOne(String a, String b) {
        List<Disagreement> found = twoReports(a, b);
        assertEquals(1, found.size(), () -> "found: " + found);
        return found.get(0);
    }

    private static List<String> sides(Disagreement d) {
        return d.sides().stream().map(Side::text).toList();
    }

    @Test
    void a_toll_that_rose_over_the_days_is_one_difference_with_each_figure_and_its_day() {
        String a = "At least 12 people were killed, the coast guard said.";
        String b = "The death toll rose to 19, officials said.";
        String c = "Officials said 31 people died in the disaster.";
        List<Disagreement> found = figures(article("a.txt", "2031-05-04", LEAD_A, a),
                article("b.txt", "2031-05-05", LEAD_B, b), article("c.txt", "2031-05-06", LEAD_C, c));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Death toll: at least 12 (4 May) / 19 (5 May) / 31 (6 May)", found.get(0).topic());
        assertEquals(List.of(a, b, c), sides(found.get(0)));
    }

    @Test
    void shares_of_one_whole_differ_whether_written_as_percentages_or_fractions() {
        String a = "A harbour official estimated that 10% of the island's population died in the storm.";
        String b = "The mayor said the dead could number 2,000, about one-fifth of Velm's population.";
        Disagreement found = theOne(a, b);
        assertEquals("Share of the population: 10% (4 May) / about one-fifth (4 May)", found.topic());
        assertEquals(List.of(a, b), sides(found));
    }

    @Test
    void a_fraction_opening_its_sentence_is_not_capitalized_in_the_heading() {
        assertEquals("Share of the homes: 10% (4 May) / a quarter (4 May)",
                theOne("A quarter of the island's homes lost power in the storm.",
                        "The council said 10% of the island's homes lost power.").topic());
    }

    @Test
    void durations_of_different_things_said_of_one_person_are_not_compared() {
        assertEquals(List.of(), twoReports(
                "Lawyers for Ivo Marsk said they would appeal within the 30 days allowed.",
                "After 6 weeks of deliberation, jurors convicted Ivo Marsk of negligence."));
        assertEquals("Duration: 5 days (4 May) / 6 days (4 May)", theOne(
                "The strike at the Velm shipyard will last 5 days, the union said.",
                "The union said the strike at the shipyard would last 6 days.").topic());
    }

    @Test
    void what_could_be_is_compared_with_other_forecasts_not_with_the_count_so_far() {
        String counted = "At least 40 people were killed in the floods, the coast guard said.";
        String forecast = "The mayor said the death toll could reach 300 as the waters recede.";
        assertEquals(List.of(), twoReports(counted, forecast));
        assertEquals("Death toll (forecast): 300 (4 May) / 500 (4 May)", theOne(forecast,
                "Officials warned that the death toll may reach 500.").topic());
        assertEquals("Death toll: at least 40 (4 May) / 90 (4 May)", theOne(counted,
                "In May 90 people were killed in the floods, the coast guard said.").topic());
        assertEquals("Death toll: at least 40 (4 May) / 90 (4 May)", theOne(counted,
                "The mayor could not confirm the 90 deaths in the floods the coast guard reported.").topic());
    }

    @Test
    void shares_of_different_wholes_are_not_compared() {
        assertEquals(List.of(), twoReports(
                "A quarter of the island's homes lost power in the storm, the island council said.",
                "About 10% of the island's schools lost power in the storm, the island council said."));
    }

    @Test
    void a_count_is_headed_by_what_one_of_its_sides_names_and_a_spelled_figure_is_not_capitalized() {
        String a = "The bodies of four people have been found near the Varn crash site, the agency reported.";
        String b = "Eight bodies have been recovered near the Varn crash site, officials said.";
        assertEquals("Number of bodies: four (4 May) / eight (4 May)", theOne(a, b).topic());
        assertEquals("Number of controllers: only one (4 May) / five (4 May)", theOne(
                "The Varn tower had only one controller on duty at the time of the crash.",
                "Five controllers were on duty in the Varn tower at the time of the crash.").topic());
    }

    @Test
    void a_figure_that_agrees_with_two_sides_stands_on_neither() {
        String exact = "Officials said 47 people were killed when the ferry capsized.";
        String open = "At least 50 people were killed, the coast guard said.";
        String around = "Around 50 people were killed, according to the port authority.";
        List<Disagreement> found = figures(article("a.txt", "2031-05-04", LEAD_A, exact),
                article("b.txt", "2031-05-04", LEAD_B, open), article("c.txt", "2031-05-04", LEAD_C, around));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals(List.of(exact, open), sides(found.get(0)));
        for (Side side : found.get(0).sides()) {
            assertTrue(side.evidence().stream().noneMatch(e -> e.text().equals(around)), () -> "side: " + side);
        }
    }

    @Test
    void a_bound_at_a_sides_own_number_stays_on_that_side() {
        String exact = "Officials said 47 people were killed when the ferry capsized.";
        String atLeast = "At least 47 people died in the capsizing, the coast guard said.";
        String open = "At least 60 people were killed, according to a local council.";
        List<Disagreement> found = figures(article("a.txt", null, LEAD_A, exact),
                article("b.txt", null, LEAD_B, atLeast), article("c.txt", null, LEAD_C, open));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals(List.of(List.of("a.txt", "b.txt"), List.of("c.txt")),
                found.get(0).sides().stream().map(Side::supportedBy).toList());
    }

    @Test
    void a_side_is_shown_by_the_figure_all_its_sources_gave() {
        String early = "Officials said 31 people were killed when the ferry capsized.";
        String exact = "A regional official said 58 people were killed in the disaster.";
        String open = "At least 55 people were killed, the coast guard said.";
        String openToo = "The coast guard said at least 55 people were killed in the capsizing.";
        Article d = new Article("d.txt", "d00000000", "text", "Ferry toll", null, null, null, "en",
                List.of("The ferry Ostra Maren sank in the Orsa strait off Velm on Sunday.", openToo,
                        "The Velm port authority said the ferry Ostra Maren sailed from Velm harbour to the mainland."),
                List.of());
        List<Disagreement> found = figures(article("a.txt", null, LEAD_A, early),
                article("b.txt", null, LEAD_B, exact), article("c.txt", null, LEAD_C, open), d);
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Death toll: 31 / at least 55", found.get(0).topic());
        assertEquals(early, sides(found.get(0)).get(0));
        assertTrue(List.of(open, openToo).contains(sides(found.get(0)).get(1)), () -> "found: " + found);
    }

    @Test
    void a_sentence_giving_two_figures_is_not_shown_for_both_sides() {
        String both = "A doctor in Velm said more than 20 people had died, while officials put the toll at over 50.";
        String counted = "\"We have counted more than 55 dead so far,\" an official of the port told reporters.";
        String later = "At least 90 people were killed in the capsizing, the coast guard said on Tuesday.";
        List<Disagreement> found = figures(article("a.txt", null, LEAD_A, both),
                article("b.txt", null, LEAD_B, counted), article("c.txt", null, LEAD_C, later));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals(List.of(both, counted, later), sides(found.get(0)));
    }

    /** Reports of a glider accident, to compare heights: each report words the lead its own way. */
    private static final TestReports GLIDER = new TestReports("Glider strikes cable car line near Orsk", List.of(
            "A glider struck the cable of the Orsk cable car on Saturday afternoon, killing its pilot.",
            "The pilot of a glider died on Saturday when it hit the cable car line above Orsk.",
            "Investigators were sent to Orsk after a glider collided with a cable car cable on Saturday."));

    @Test
    void a_height_is_compared_with_the_height_of_the_same_thing_only() {
        String above = "Based on radar data, the glider was flying at roughly 900 feet above the ground when it hit.";
        String both = "The inquiry said the radar put the tow plane at 1,400 feet while it showed the glider at 600 feet.";
        List<Disagreement> found = figures(GLIDER.article("a.txt", above), GLIDER.article("b.txt", both),
                GLIDER.article("c.txt", "Cable car services were suspended until Monday."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Height: 600 feet / roughly 900 feet", found.get(0).topic());
        assertEquals(List.of(List.of("b.txt"), List.of("a.txt")),
                found.get(0).sides().stream().map(Side::supportedBy).toList());
    }

    @Test
    void a_length_of_something_is_headed_by_what_it_measures() {
        List<Disagreement> found = figures(
                GLIDER.article("a.txt", "The weather office recorded 40 millimetres of rain over Orsk that morning."),
                GLIDER.article("b.txt", "Forecasters said 65 millimetres of rain fell over Orsk that morning."),
                GLIDER.article("c.txt", "Cable car services were suspended until Monday."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Rain: 40 millimetres / 65 millimetres", found.get(0).topic());
    }

    @Test
    void a_noun_that_measures_something_else_does_not_head_a_figure() {
        List<Disagreement> found = figures(
                GLIDER.article("a.txt", "The storm brought rain for 10 hours, more than the area usually sees in a month."),
                GLIDER.article("b.txt", "The storm brought rain for 14 hours, more than the area usually sees in a month."),
                GLIDER.article("c.txt", "Cable car services were suspended until Monday."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Duration: 10 hours / 14 hours", found.get(0).topic());
    }

    @Test
    void a_difference_or_a_margin_is_not_a_height() {
        String above = "Based on radar data, the glider was flying at roughly 900 feet above the ground when it hit.";
        assertEquals(List.of(), figures(GLIDER.article("a.txt", above),
                GLIDER.article("b.txt", "The radar showed the glider flying about 300 feet lower than the tow plane."),
                GLIDER.article("c.txt", "The recorder gives the height of the glider plus or minus 50 feet.")));
    }

    @Test
    void never_compares_the_dead_with_the_people_on_board() {
        assertEquals(List.of(), figures(article("a.txt", null, LEAD_A, "Coast guard officials said 58 people died."),
                article("b.txt", null, LEAD_B, "There were 61 people on board, the operator said.")));
    }

    @Test
    void reads_an_open_bound_as_a_report_near_its_figure() {
        assertEquals(List.of(), figures(article("a.txt", null, LEAD_A, "At least 137 people were killed, officials said."),
                article("b.txt", null, LEAD_B, "Officials said 143 people were killed.")));
        List<Disagreement> found = figures(article("a.txt", null, LEAD_A, "More than 60 people were killed, officials said."),
                article("b.txt", null, LEAD_B, "Officials said 93 people were killed."));
        assertEquals(1, found.size(), () -> "found: " + found);
    }

    @Test
    void a_figure_of_years_ago_is_another_events() {
        assertEquals(List.of(), figures(article("a.txt", null, LEAD_A, "At least 12 people were killed, officials said."),
                article("b.txt", null, LEAD_B, "The last ferry disaster in the strait, four years ago, killed 31 people."),
                article("c.txt", null, LEAD_C, "Officials said 12 people were killed when the ferry capsized.")));
    }

    @Test
    void a_figure_of_last_year_is_still_the_storys() {
        List<Disagreement> found = figures(
                article("a.txt", null, LEAD_A, "Its operator reported a profit of $84 million last year, down from the year before."),
                article("b.txt", null, LEAD_B, "Last year's profit was $96 million, a decline on the previous year, the operator said."),
                article("c.txt", null, LEAD_C, "Officials said 12 people were killed when the ferry capsized."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertTrue(found.get(0).topic().endsWith("$84 million / $96 million"), () -> "found: " + found);
    }

    @Test
    void a_part_of_a_total_is_not_a_second_total() {
        assertEquals(List.of(), figures(
                article("a.txt", null, LEAD_A, "Nine people were killed, including three children, officials said."),
                article("b.txt", null, LEAD_B, "Officials said nine people were killed, two of them crew members."),
                article("c.txt", null, LEAD_C, "Two other ferries in the strait reached Velm safely, while three ferries stayed in port.")));
        assertEquals(List.of(), figures(
                article("a.txt", null, LEAD_A, "Officials said nine people were killed in the capsizing."),
                article("b.txt", null, LEAD_B, "Most of the dead \u2013 six \u2013 were from Velm, officials said.")));
    }

    @Test
    void a_measurement_is_headed_by_what_the_words_around_it_say_it_measures() {
        List<Disagreement> found = figures(
                article("a.txt", null, LEAD_A, "The harbour master said water levels in Velm have risen by 3 meters."),
                article("b.txt", null, LEAD_B, "The water level in Velm harbour rose by 4.5 meters, the harbour master said."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertTrue(found.get(0).topic().startsWith("Level: "), found.get(0).topic());
    }

    @Test
    void parts_that_add_up_to_another_sources_figure_agree_with_it() {
        assertEquals(List.of(), figures(
                article("a.txt", null, LEAD_A, "All 52 people aboard the ferry, along with the three crew of the tug that towed it, were rescued."),
                article("b.txt", null, LEAD_B, "Officials said all 55 people aboard the ferry and the tug were rescued.")));
    }

    @Test
    void a_population_is_not_a_toll_and_an_earlier_disaster_is_not_this_one() {
        assertEquals(List.of(), figures(article("a.txt", "2031-05-05", LEAD_A, "Nine people were killed, officials said."),
                article("b.txt", "2031-05-05", LEAD_B, "Officials fear a heavy toll on the island, which had 4,000 inhabitants."),
                article("c.txt", "2031-05-05", LEAD_C, "Officials said nine people were killed.",
                        "In 2009 a ferry sank in the same strait and 212 people died.")));
    }

    @Test
    void two_ages_are_two_people_not_a_difference() {
        assertEquals(List.of(), figures(article("a.txt", null, LEAD_A, "A 40-year-old deckhand was rescued from the water."),
                article("b.txt", null, LEAD_B, "A 27-year-old deckhand was rescued from the water.")));
    }

    @Test
    void a_distance_from_a_named_place_differs_but_not_a_level_in_metres() {
        List<Disagreement> found = figures(
                article("a.txt", null, LEAD_A, "The ferry sank about 12 kilometres east of Velm harbour."),
                article("b.txt", null, LEAD_B, "The ferry sank 30 km east of Velm harbour, the coast guard said."),
                article("c.txt", null, LEAD_C, "Waves of 4 metres battered the coast of Velm harbour."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertTrue(found.get(0).topic().startsWith("Distance: "), found.get(0).topic());
    }

    @Test
    void a_measurement_rounded_to_the_unit_is_the_same_value_but_a_figure_written_to_the_unit_is_not_about_another() {
        assertEquals(List.of(), figures(
                article("a.txt", null, LEAD_A, "The ferry sank 71 kilometres (44 miles) east of Velm harbour."),
                article("b.txt", null, LEAD_B, "The ferry sank 72 kilometres (45 miles) east of Velm harbour.")));
        List<Disagreement> found = figures(
                article("a.txt", null, LEAD_A, "The ferry sank some 77 kilometres east of Velm harbour."),
                article("b.txt", null, LEAD_B, "The ferry sank 72 kilometres (45 miles) east of the old port of Velm."));
        assertEquals(1, found.size(), () -> "found: " + found);
        assertEquals("Distance: 72 kilometres / some 77 kilometres", found.get(0).topic());
    }
}
