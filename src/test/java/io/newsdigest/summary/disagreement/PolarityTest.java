package io.newsdigest.summary.disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Token;
import io.newsdigest.text.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PolarityTest {

    private static Map<String, Polarity.Cue> denied(String sentence) {
        List<Token> tokens = new Tokenizer().tokenize(sentence);
        Map<String, Polarity.Cue> out = new TreeMap<>();
        Polarity.denied(tokens, new TermAnalyzer().terms(tokens)).forEach((i, cue) -> out.put(tokens.get(i).norm(), cue));
        return out;
    }

    @Test
    void a_negation_denies_the_next_content_word_past_auxiliaries_and_adverbs() {
        assertEquals(Map.of("released", Polarity.Cue.NEGATION), denied("The text has not yet been publicly released."));
        assertEquals(Map.of("comment", Polarity.Cue.NEGATION), denied("Officials didn't immediately comment."));
        assertEquals(Map.of("released", Polarity.Cue.NEGATION), denied("The report has yet to be released."));
    }

    @Test
    void a_lack_or_absence_of_something_denies_it() {
        assertEquals(Map.of("involvement", Polarity.Cue.NEGATION),
                denied("Officials in Varn insisted on their lack of involvement in the fire."));
        assertEquals(Map.of("survivors", Polarity.Cue.NEGATION), denied("Rescuers reported an absence of survivors."));
    }

    @Test
    void a_hedge_denies_the_words_it_governs() {
        assertEquals(Map.of("formal", Polarity.Cue.HEDGE, "alliance", Polarity.Cue.HEDGE),
                denied("The deal falls short of a formal alliance."));
    }

    @Test
    void refusing_a_word_denies_the_quoted_word_it_refers_to() {
        assertEquals(Map.of("truce", Polarity.Cue.HEDGE),
                denied("The rebels called it a \u201ctruce,\u201d although the army did not use that word."));
    }

    @Test
    void a_negated_verb_of_belief_denies_the_head_of_the_clause_it_governs() {
        assertEquals(Map.of("survivors", Polarity.Cue.NEGATION),
                denied("Officials said they don't believe there are any survivors."));
        assertEquals(Map.of("hurt", Polarity.Cue.NEGATION), denied("Police do not think anyone was hurt."));
        assertEquals(Map.of(), denied("Engineers do not believe the old dam was hit."));
    }

    @Test
    void not_only_is_not_a_denial() {
        assertEquals(Map.of(), denied("It was not only a flood but a disaster."));
    }
}
