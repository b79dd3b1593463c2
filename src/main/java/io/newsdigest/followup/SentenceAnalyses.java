package io.newsdigest.followup;

import io.newsdigest.quantity.Quantity;
import io.newsdigest.quantity.QuantityReader;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences one run of the follow-up reads, each analysed once by text however many stories, days and
 * stages read it: its tokens and terms ({@link AnalyzedSentence}), and its quantities. Earlier digests report
 * the same sentences day after day (facts again, marked not new; titles; quotes), several stories of a day share
 * some, and linking events and comparing stories read the same ones: each costs one analysis a run. What it gives
 * is exactly what analysing the text afresh gives. Safe to use from several threads; made for one run and
 * dropped with it, so it holds no more than the run reads.
 */
final class SentenceAnalyses {

    private final Tokenizer tokenizer;
    private final TermAnalyzer analyzer;
    private final QuantityReader quantities;
    private final Map<String, AnalyzedSentence> sentences = new ConcurrentHashMap<>();
    private final Map<String, List<Quantity>> figures = new ConcurrentHashMap<>();

    SentenceAnalyses(Tokenizer tokenizer, TermAnalyzer analyzer, QuantityReader quantities) {
        this.tokenizer = tokenizer;
        this.analyzer = analyzer;
        this.quantities = quantities;
    }

    /** {@code text} tokenized and analysed. */
    AnalyzedSentence sentence(String text) {
        AnalyzedSentence known = sentences.get(text); // a lookup alone takes no lock
        return known != null ? known
                : sentences.computeIfAbsent(text, t -> AnalyzedSentence.of(t, tokenizer, analyzer));
    }

    /** The quantities of a sentence analysed here ({@link #sentence}), in reading order. */
    List<Quantity> quantities(AnalyzedSentence sentence) {
        List<Quantity> known = figures.get(sentence.text());
        return known != null ? known
                : figures.computeIfAbsent(sentence.text(), t -> List.copyOf(quantities.read(sentence)));
    }
}
