package io.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.article.Article;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static Article article(String key, String language, String title, String... sentences) {
        return new Article(key, key + "-sha", "text", title, null, null, null, language, List.of(sentences),
                List.of());
    }

    private static List<List<String>> cluster(Article... articles) {
        List<ArticleText> texts = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            texts.add(ArticleText.read(i, articles[i], new Tokenizer(), new TermAnalyzer()));
        }
        return new StoryClusterer().cluster(texts).stream()
                .map(s -> s.articles().stream().map(ArticleText::key).toList()).toList();
    }

    private static final Article QUAKE_A1 = article("a1", "en", "Quake hits Marrow Bay",
            "A magnitude 6.0 earthquake struck Marrow Bay in Ostrelia on Friday, damaging the harbour.",
            "The Ostrelian Geological Service said the quake was 15 km deep.",
            "Two fishermen were injured when a quay collapsed in Marrow Bay.");
    private static final Article QUAKE_A2 = article("a2", "en", "Marrow Bay shaken by strong tremor",
            "A strong earthquake shook Marrow Bay on Friday, collapsing part of a quay.",
            "Two fishermen were hurt, Ostrelian officials said.",
            "The Ostrelian Geological Service measured the quake at magnitude 6.0.");
    /** A third report of the Marrow Bay quake, from the geologists' side. */
    private static final Article QUAKE_A3 = article("a3", "en", "Ostrelian geologists warn of aftershocks in Marrow Bay",
            "The Ostrelian Geological Service said Friday's earthquake in Marrow Bay was the strongest in decades.",
            "Geologists told families in Marrow Bay to keep away from the damaged quay.",
            "Aftershocks of magnitude 4 or more are likely for a week, the service said.");
    private static final Article QUAKE_B = article("b", "en", "Earthquake rattles Pell Highlands",
            "A magnitude 5.1 earthquake struck the Pell Highlands of Vantaria on Friday, cracking walls in Duren.",
            "The Vantarian seismic office said no one was injured.",
            "Residents of Duren spent the night outdoors.");

    @Test
    void keeps_reports_of_the_same_event_together_and_another_earthquake_apart() {
        assertEquals(List.of(List.of("a1", "a2"), List.of("b")), cluster(QUAKE_A1, QUAKE_A2, QUAKE_B));
    }

    @Test
    void never_puts_articles_in_different_languages_in_one_story() {
        Article spanish = article("es", "es", "Terremoto en Marrow Bay",
                "Un terremoto de magnitud 6.0 sacudió Marrow Bay, en Ostrelia, el viernes.",
                "El Servicio Geológico de Ostrelia dijo que el sismo tuvo 15 km de profundidad.");
        assertEquals(List.of(List.of("a1", "a2"), List.of("es")), cluster(QUAKE_A1, QUAKE_A2, spanish));
    }

    @Test
    void marks_a_syndicated_copy_as_the_same_source() {
        Article copy = article("copy", "en", QUAKE_A1.title(), QUAKE_A1.sentences().toArray(String[]::new));
        List<ArticleText> texts = new ArrayList<>();
        Article[] all = {QUAKE_A1, QUAKE_A2, copy};
        for (int i = 0; i < all.length; i++) {
            texts.add(ArticleText.read(i, all[i], new Tokenizer(), new TermAnalyzer()));
        }
        List<StoryArticles> stories = new StoryClusterer().cluster(texts);
        assertEquals(1, stories.size());
        assertEquals(List.of(0, 1, 0), stories.get(0).sourceOf());
        assertEquals(2, stories.get(0).independentSources());
    }

    @Test
    void an_article_alone_is_a_story_of_its_own() {
        Article festival = article("f", "en", "Lantern night draws crowds",
                "Thousands watched paper lanterns float down the Tesk river on Friday evening.");
        assertEquals(List.of(List.of("a1", "a2"), List.of("f")), cluster(QUAKE_A1, QUAKE_A2, festival));
    }

    @Test
    void an_article_from_another_angle_that_shares_the_event_anchors_joins_the_story() {
        Article angle = article("angle", "en", "Traders count the cost",
                "Fish traders on the Marrow Bay quay said Friday's earthquake ruined a week of catches.",
                "Ostrelian insurers from Lindqvist Mutual have sent assessors, said Paulo Venn, who runs a stall.",
                "Venn said the quake tore the roof off the Marrow Bay market hall on Lindqvist Street.");
        assertEquals(List.of(List.of("a1", "a2", "a3", "angle"), List.of("b")),
                cluster(QUAKE_A1, QUAKE_A2, QUAKE_A3, angle, QUAKE_B));
    }

    @Test
    void an_article_that_names_the_event_only_in_passing_joins_the_story_of_those_names() {
        Article memo = article("memo", "en", null,
                "Harbour minister Hella Dorn signed an order on Saturday for inspections of every public quay.",
                "\u201cWe will know by winter which quays are safe,\u201d Dorn said in Selwick.",
                "Dorn told the Selwick assembly that inspectors would start with the oldest quays.",
                "Attention has turned to the Marrow Bay quay in Ostrelia, which collapsed in Friday's earthquake.",
                "The quake, which the Ostrelian Geological Service measured at magnitude 6.0, injured two fishermen.",
                "Part of the quay collapsed when the earthquake struck on Friday, and the fishermen fell into the harbour.");
        assertEquals(List.of(List.of("a1", "a2", "a3", "memo"), List.of("b")),
                cluster(QUAKE_A1, QUAKE_A2, QUAKE_A3, memo, QUAKE_B));
    }

    @Test
    void a_day_of_a_few_uploads_groups_the_angles_of_one_event() {
        Article capsized = article("capsized", "en", "Ferry Ostra Maren capsizes off Velm",
                "The ferry Ostra Maren capsized off Velm island in the Orsa strait on Sunday evening.",
                "Twelve passengers of the Ostra Maren are missing, the coast guard said.",
                "The coast guard sent two boats and a helicopter to the Orsa strait.");
        Article families = article("families", "en", "Families wait for news",
                "Relatives gathered on the quay on Monday, waiting for news.",
                "Volunteers handed out blankets and tea to the waiting relatives.",
                "A local church opened its doors for a vigil on Monday night.",
                "Divers searched the wreck of the Ostra Maren through the night.",
                "Port master Ida Ruud said the Ostra Maren had passed its inspection in May.",
                "Ruud said the weather had been calm, and the crew experienced.");
        Article barge = article("barge", "en", "Barge sinks in Kessel canal",
                "A cargo barge sank in the Kessel canal on Sunday evening.",
                "Its two crew members were rescued by a passing tug, the canal authority said.");
        assertEquals(List.of(List.of("capsized", "families"), List.of("barge")), cluster(capsized, families, barge));
    }

    @Test
    void the_place_a_dateline_names_groups_the_reports_of_its_event_and_keeps_another_apart() {
        Article a1 = article("a1", "en", "Train derails",
                "NORTHBROOK \u2014 A passenger train left the tracks on Monday, injuring 72 people.",
                "Rescuers freed passengers from two overturned carriages.",
                "The rail operator said the line would stay closed for two days.",
                "Buses will carry passengers around Northbrook until then.");
        Article a2 = article("a2", "en", "Dozens hurt in derailment",
                "NORTHBROOK \u2014 Seventy people were hurt when a commuter train derailed on Monday.",
                "Firefighters cut open a carriage that had overturned.",
                "Investigators are examining a broken rail.",
                "Schools in Northbrook stayed open.");
        Article b1 = article("b1", "en", "Train derails",
                "PENANWATER \u2014 A freight train left the tracks on Monday, injuring 6 people.",
                "Rescuers searched the wagons that overturned beside a level crossing.",
                "The rail operator said the line would stay closed for a week.",
                "Roads around Penanwater were closed.");
        Article b2 = article("b2", "en", "Freight wagons overturn",
                "PENANWATER \u2014 Six people were hurt when a freight train derailed on Monday.",
                "Wagons overturned at a level crossing, crushing two cars.",
                "Investigators are examining the crossing barrier.",
                "A school in Penanwater was evacuated.");
        assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2")), cluster(a1, a2, b1, b2));
    }
}
