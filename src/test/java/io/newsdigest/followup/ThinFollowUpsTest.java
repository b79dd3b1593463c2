package io.newsdigest.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdigest.digest.ArticleRef;
import io.newsdigest.digest.Change;
import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Evidence;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups of one article, as real coverage has them day after day: a digest shows such a story by its headline
 * only, so the event is known by what the stories it continues reported, and its figures are read from its
 * article's opening sentences.
 */
class ThinFollowUpsTest {

    private static final String DAY1 = "2025-05-06";
    private static final String DAY2 = "2025-05-07";
    private static final String DAY3 = "2025-05-08";

    /** The bridge collapse as two outlets told it on its first day, with a fact of each figure given. */
    private static Story collapse(String... figures) {
        List<SharedFact> facts = new ArrayList<>(List.of(
                fact("The Alder Street bridge over the Kessel River in Brenmoor collapsed on Tuesday evening under a"
                        + " loaded lorry."),
                fact("Rescue crews from Brenmoor and Tolland searched the Kessel River through the night.")));
        for (String f : figures) {
            facts.add(fact(f));
        }
        return new Story("b1", "Alder Street bridge collapses in Brenmoor",
                List.of(ref("a/1.txt", "Gazette"), ref("a/2.txt", "Courier")), facts, List.of(), List.of());
    }

    private static final Story FIRE = new Story("f1", "Fire destroys the Marlow Park stadium stand",
            List.of(ref("a/3.txt", "Gazette"), ref("a/4.txt", "Courier")),
            List.of(fact("A fire destroyed the east stand of the Marlow Park stadium in Quenby on Tuesday."),
                    fact("Firefighters from Quenby fought the blaze at the stadium for six hours.")),
            List.of(), List.of());

    @Test
    void an_event_whose_latest_story_is_one_article_is_known_by_what_the_stories_it_continues_reported() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(collapse(), FIRE));
        Story divers = thin("b2", "Divers went back into the water on Wednesday morning…", "b/1.txt", DAY1,
                collapse());
        Digest day2 = new Digest(DAY2, 1, List.of(), List.of(divers));
        String lead = "Engineers began lifting the fallen Alder Street bridge out of the Kessel River in Brenmoor on"
                + " Thursday.";
        Story lifting = new Story("b3", lead, List.of(ref("c/1.txt", "Courier")), List.of(), List.of(), List.of());
        Story concert = new Story("k1", "A choir from Harwick sang at the Ostend music festival on Thursday.",
                List.of(ref("c/2.txt", "Courier")), List.of(), List.of(), List.of());

        Digest day3 = new StoryFollower().follow(new Digest(DAY3, 2, List.of(), List.of(lifting, concert)),
                List.of(day2, day1), Map.of("c/1.txt", List.of(lead, "Cranes from Tolland were brought in."),
                        "c/2.txt", List.of(concert.headline())));

        assertEquals(new Continuation(DAY2, "b2", divers.headline()), story(day3, "b3").continues());
        assertNull(story(day3, "k1").continues());
    }

    @Test
    void a_story_of_one_article_whose_lead_tells_little_is_read_further_into_its_opening() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(collapse(), FIRE));
        String lead = "Families waited through the night for news of their relatives.";
        Story waiting = new Story("b2", lead, List.of(ref("b/1.txt", "Courier")), List.of(), List.of(), List.of());

        Story followed = new StoryFollower().follow(new Digest(DAY2, 1, List.of(), List.of(waiting)), List.of(day1),
                Map.of("b/1.txt", List.of(lead, "Many of them had slept in their cars.",
                        "Rescue crews from Tolland searched the Kessel River again on Wednesday.",
                        "The Alder Street bridge in Brenmoor collapsed on Tuesday evening under a loaded lorry.",
                        "Divers worked below the broken spans of the bridge until dark."))).stories().get(0);

        assertEquals(new Continuation(DAY1, "b1", "Alder Street bridge collapses in Brenmoor"), followed.continues());
    }

    @Test
    void a_story_near_two_events_of_one_city_continues_the_one_it_shares_most_with() {
        Story station = new Story("s1", "Fire closes Harlow central station",
                List.of(ref("a/5.txt", "Gazette"), ref("a/6.txt", "Courier")),
                List.of(fact("A fire closed the central station of Harlow on Monday, the Marden government said."),
                        fact("Trains to Harlow were stopped while firefighters fought the blaze in the station hall.")),
                List.of(), List.of());
        Story mayor = new Story("m1", "Harlow mayor Anna Brisk arrested",
                List.of(ref("a/7.txt", "Gazette"), ref("a/8.txt", "Courier")),
                List.of(fact("Police in Harlow arrested the mayor, Anna Brisk, on charges of taking bribes for"
                                + " building permits, the Marden government said."),
                        fact("Anna Brisk was questioned about permits for the Harlow harbour towers.")),
                List.of(), List.of());
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(station, mayor));
        Story trains = thin("s2", "Trains ran again through Harlow on Tuesday morning…", "b/2.txt", DAY1, station);
        Story court = thin("m2", "Anna Brisk appeared before a judge on Tuesday…", "b/3.txt", DAY1, mayor);
        Digest day2 = new Digest(DAY2, 2, List.of(), List.of(trains, court));
        String lead = "The mayor of Harlow, Anna Brisk, denied taking bribes for the harbour towers permits, the"
                + " Marden government said.";
        Story denial = new Story("m3", lead, List.of(ref("c/3.txt", "Courier")), List.of(), List.of(), List.of());

        Digest day3 = new StoryFollower().follow(new Digest(DAY3, 1, List.of(), List.of(denial)),
                List.of(day2, day1), Map.of("c/3.txt", List.of(lead, "Her lawyer said the permits were lawful.")));

        assertEquals(new Continuation(DAY2, "m2", court.headline()), day3.stories().get(0).continues());
    }

    @Test
    void a_story_of_one_article_has_its_figures_read_from_its_opening_sentences_an_exact_one_first() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(
                collapse("The police put the death toll at 14 on Tuesday night."), FIRE));
        String lead = "More than 20 people died when the Alder Street bridge in Brenmoor fell into the Kessel River.";
        Story today = new Story("b3", lead, List.of(ref("c/1.txt", "Courier")), List.of(), List.of(), List.of());

        Story followed = new StoryFollower().follow(new Digest(DAY2, 1, List.of(), List.of(today)), List.of(day1),
                Map.of("c/1.txt", List.of(lead, "Divers searched the river again on Wednesday.",
                        "The police said 23 people had died by Wednesday night."))).stories().get(0);

        assertEquals(List.of("Died: 14 (" + DAY1 + ") -> 23"), lines(followed.changes()));
        assertEquals(List.of("Courier"), followed.changes().get(0).now().sources());
    }

    @Test
    void the_headline_of_an_earlier_story_of_one_article_is_what_its_readers_were_told() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(collapse("The police put the death toll at 14."), FIRE));
        Digest day2 = secondDay("Divers found more bodies on Wednesday, and the police said 19 people had died in the"
                + " Brenmoor bridge collapse…");

        Story followed = followed(DAY3, "The police said 23 people had died in the Alder Street bridge collapse in"
                + " Brenmoor.", day2, day1);

        assertEquals(List.of("Died: 19 (" + DAY2 + ") -> 23"), lines(followed.changes()));
        assertEquals(List.of("Gazette"), followed.changes().get(0).before().sources());
    }

    @Test
    void a_part_of_a_figure_is_not_compared_as_the_figure() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(
                collapse("At least 60 people were injured, 40 of them seriously."), FIRE));

        Story followed = followed(DAY2, "Officials said 45 people were injured in the Alder Street bridge collapse in"
                + " Brenmoor, including 11 who were critically injured.", day1);

        assertEquals(List.of("Injured: at least 60 (" + DAY1 + ") -> 45"), lines(followed.changes()));
    }

    @Test
    void of_several_earlier_values_the_one_shown_is_a_written_figure_nearest_to_todays() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(collapse(
                "A doctor in Brenmoor said 12 people had been killed.",
                "Hundreds of people were killed, a witness said.",
                "The police said more than 30 people were killed."), FIRE));

        Story followed = followed(DAY2, "The police said 41 people were killed when the Alder Street bridge in"
                + " Brenmoor collapsed.", day1);

        assertEquals(List.of("Killed: more than 30 (" + DAY1 + ") -> 41"), lines(followed.changes()));
    }

    @Test
    void a_figure_an_earlier_digest_gave_only_as_a_change_is_the_one_that_moves_next() {
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(
                collapse("The police said 30 people were injured on Tuesday night."), FIRE));
        String quote = "Doctors in Brenmoor said on Wednesday that 45 people were injured.";
        Digest day2 = secondDay("Divers went back into the water on Wednesday morning…", new Change("Injured",
                new Change.Before("30", DAY1, List.of("Courier"), "The police said 30 people were injured on Tuesday"
                        + " night."), new Change.Now("45", List.of("Gazette"), quote)));

        Story followed = followed(DAY3, "Officials said 52 people were injured in the Alder Street bridge collapse"
                + " in Brenmoor.", day2, day1);

        assertEquals(List.of("Injured: 45 (" + DAY2 + ") -> 52"), lines(followed.changes()));
        assertEquals(List.of("Gazette"), followed.changes().get(0).before().sources());
    }

    @Test
    void a_vague_word_beside_a_written_figure_hides_no_move_and_the_earlier_sentence_names_what_moved() {
        String tuesday = "More than 1,200 people were evacuated from Brenmoor on Tuesday.";
        Digest day1 = new Digest(DAY1, 4, List.of(), List.of(collapse(tuesday,
                "Thousands of people fled their homes along the river in Brenmoor."), FIRE));
        String wednesday = "By Wednesday almost 2,100 people had left the streets near the Alder Street bridge in"
                + " Brenmoor.";

        Change moved = followed(DAY2, wednesday, day1).changes().get(0);

        assertEquals("Evacuated", moved.topic(), "today's sentence says \"left\"");
        assertEquals(List.of("more than 1,200", tuesday, "almost 2,100", wednesday),
                List.of(moved.before().text(), moved.before().quote(), moved.now().text(), moved.now().quote()));
    }

    /**
     * The day after the bridge collapse: one follow-up of one article, shown by its headline and the {@code changes}
     * it reported since the first day.
     */
    private static Digest secondDay(String headline, Change... changes) {
        Story s = new Story("b2", headline, List.of(ref("b/1.txt", "Gazette")), List.of(), List.of(), List.of())
                .following(new Continuation(DAY1, "b1", "Alder Street bridge collapses in Brenmoor"), List.of(),
                        List.of(changes), List.of());
        return new Digest(DAY2, 1, List.of(), List.of(s));
    }

    /** A follow-up of one article, shown by its headline only, continuing {@code earlier} of {@code date}. */
    private static Story thin(String id, String headline, String key, String date, Story earlier) {
        return new Story(id, headline, List.of(ref(key, "Gazette")), List.of(), List.of(), List.of())
                .following(new Continuation(date, earlier.id(), earlier.headline()), List.of(), List.of(), List.of());
    }

    /** Today's story of two outlets stating {@code fact}, followed against {@code earlier} (latest first). */
    private static Story followed(String date, String fact, Digest... earlier) {
        Story today = new Story("b3", "Alder Street bridge: toll rises",
                List.of(ref("c/1.txt", "Gazette"), ref("c/2.txt", "Courier")), List.of(fact(fact)), List.of(),
                List.of());
        return new StoryFollower().follow(new Digest(date, 2, List.of(), List.of(today)), List.of(earlier))
                .stories().get(0);
    }

    private static SharedFact fact(String text) {
        return new SharedFact(text, List.of("x/1.txt", "x/2.txt"),
                List.of(new Evidence("x/1.txt", text), new Evidence("x/2.txt", text)));
    }

    private static ArticleRef ref(String key, String source) {
        return new ArticleRef(key, null, source, null, null);
    }

    private static Story story(Digest d, String id) {
        return d.stories().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> lines(List<Change> changes) {
        return changes.stream().map(c -> c.topic() + ": " + c.before().text() + " (" + c.before().date() + ") -> "
                + c.now().text()).toList();
    }
}
