package io.newsdigest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.article.Article;
import io.newsdigest.digest.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinePickerTest {

    private static Article article(String key, String title, String... sentences) {
        return new Article(key, Integer.toHexString(key.hashCode()) + "00000000", "text", title, null, null, null,
                "en", List.of(sentences), List.of());
    }

    @Test
    void a_title_cut_off_at_a_comma_is_not_a_headline() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "The Dessa river burst its banks at Lindholm on Sunday after three days of rain,",
                        "The Dessa river burst its banks at Lindholm on Sunday after three days of heavy rain.",
                        "About 300 homes in Lindholm were evacuated, the mayor said."),
                article("b.txt", "Dessa river floods Lindholm homes",
                        "Flooding forced Lindholm to evacuate about 300 homes after the Dessa river burst its banks.",
                        "The mayor of Lindholm said the evacuation went smoothly.")), List.of());
        assertEquals(1, d.stories().size());
        assertEquals("Dessa river floods Lindholm homes", d.stories().get(0).headline());
    }

    @Test
    void a_long_sentence_standing_in_for_a_title_keeps_its_main_clause_whole() {
        assertEquals("Officials fear that all 31 people aboard the ferry and a fishing boat died in the Orsa strait",
                HeadlinePicker.shorten("Officials fear that all 31 people aboard the ferry and a fishing boat died in the"
                        + " Orsa strait when the two vessels collided in thick fog off the island of Velm late on Sunday."));
        assertEquals("A ferry sank in the Orsa strait on Sunday", HeadlinePicker.shorten(
                "A ferry sank in the Orsa strait on Sunday."));
        assertEquals("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
                + " seventeen eighteen nineteen twenty twentyone twentytwo\u2026", HeadlinePicker.shorten(
                "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
                + " seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour."));
    }

    @Test
    void a_title_of_parts_set_apart_by_a_bar_is_headed_by_its_headline() {
        assertEquals("Harbour town mourns its dead and searches for the missing",
                HeadlinePicker.mainPart("Floods in Velm | Harbour town mourns its dead and searches for the missing"));
        assertEquals("Ferry capsizes off Velm in the Orsa strait",
                HeadlinePicker.mainPart("Ferry capsizes off Velm in the Orsa strait | The Island Post"));
        assertEquals("Velm | Orsa | Ferry", HeadlinePicker.mainPart("Velm | Orsa | Ferry"));
        assertEquals("Ferry capsizes off Velm", HeadlinePicker.mainPart("Ferry capsizes off Velm"));
    }

    @Test
    void a_title_past_a_headlines_length_is_cut_where_its_main_clause_ends() {
        Digest d = new DigestEngine().summarize("2030-01-01", List.of(
                article("a.txt", "Passengers were anglers who had flown in to fish the upper Dessa near Lindholm, far"
                        + " from any road; fog had settled over the valley by the time of the crash",
                        "A small plane carrying twelve anglers crashed near Lindholm on Saturday.",
                        "Rescuers reached the site by boat.")), List.of());
        assertEquals("Passengers were anglers who had flown in to fish the upper Dessa near Lindholm, far from any road",
                d.stories().get(0).headline());
    }
}
