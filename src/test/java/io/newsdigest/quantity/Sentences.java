package io.newsdigest.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import io.newsdigest.text.Token;
import java.util.List;
import java.util.Set;

/** Sentences written for the tests, read the way {@link QuantityReader} reads them. */
final class Sentences {

    private static final TermAnalyzer ANALYZER = new TermAnalyzer();
    private static final QuantityReader READER = new QuantityReader(ANALYZER);

    private Sentences() {
    }

    /** Every quantity the reader finds in the sentence, in reading order. */
    static List<Quantity> quantities(String sentence) {
        return READER.read(new Tokenizer().tokenize(sentence));
    }

    /** The one quantity the sentence states; fails when it states none or several. */
    static Quantity only(String sentence) {
        List<Quantity> q = quantities(sentence);
        assertEquals(1, q.size(), () -> "quantities of '" + sentence + "': " + q);
        return q.get(0);
    }

    /** A fresh pass over the sentence, for a reader to be called on directly. */
    static SentencePass pass(String sentence) {
        List<Token> tokens = new Tokenizer().tokenize(sentence);
        return new SentencePass(tokens, ANALYZER.terms(tokens), Set.of());
    }

    /** The concept key the reader's analyzer gives a word. */
    static String key(String word) {
        return ANALYZER.key(word, false);
    }
}
