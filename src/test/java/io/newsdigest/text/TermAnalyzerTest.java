package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();

    private List<String> keys(String s) {
        return analyzer.terms(new Tokenizer().tokenize(s)).stream().map(Term::key).toList();
    }

    @Test
    void drops_function_and_reporting_words_and_stems_the_rest() {
        assertEquals(List.of("agreement", "sign", "wednesdai"), keys("The deal was signed on Wednesday, he said"));
    }

    @Test
    void folds_synonyms_onto_one_concept() {
        assertEquals(keys("the quake killed 12"), keys("the earthquake killed 12"));
        assertEquals(keys("twelve died"), keys("twelve dead"));
    }

    @Test
    void folds_demonyms_onto_their_country() {
        assertEquals(List.of("korea", "leader"), keys("The Korean leader"));
        assertEquals(List.of("korea", "leader"), keys("Korea's leader"));
    }

    @Test
    void marks_capitalized_words_inside_a_sentence_and_acronyms_as_names() {
        List<Term> terms = analyzer.terms(new Tokenizer().tokenize("Police in Port Serin told KCNA"));
        assertEquals(List.of(false, true, true, true), terms.stream().map(Term::name).toList());
    }

    @Test
    void keeps_numbers_without_separators() {
        assertTrue(keys("1,200 homes").contains("#1200"));
    }
}
