package io.newsdigest.text;

import java.util.List;

/** A sentence with its tokens and terms, computed once and shared by every later stage. */
public record AnalyzedSentence(String text, List<Token> tokens, List<Term> terms) {

    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
        terms = List.copyOf(terms);
    }

    /** Tokenizes and analyzes {@code text}. */
    public static AnalyzedSentence of(String text, Tokenizer tokenizer, TermAnalyzer analyzer) {
        List<Token> tokens = tokenizer.tokenize(text);
        return new AnalyzedSentence(text, tokens, analyzer.terms(tokens));
    }
}
