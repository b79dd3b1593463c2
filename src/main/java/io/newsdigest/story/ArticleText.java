package io.newsdigest.story;

import io.newsdigest.article.Article;
import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.LanguageGuesser;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Term;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One article read for grouping and summarizing: its title and body sentences analyzed, the words it writes
 * as names, and its language (the parser's, else guessed, else {@code "und"}).
 *
 * @param index     the article's position in the day's input, its identity in every later stage
 * @param sentences the body sentences, in order, each analyzed once; exact repeats inside the article dropped,
 *                  the first without the dateline it opens with ({@link Dateline})
 * @param opening   the first sentence as written, dateline included, when one was cut, else null: the place a
 *                  dateline names is one of the event's anchors, so grouping reads it
 * @param positions for each kept sentence, its index in {@code article.sentences()}
 * @param names     term keys written capitalized inside a sentence somewhere in the body
 */
public record ArticleText(int index, Article article, String language, AnalyzedSentence title,
        List<AnalyzedSentence> sentences, List<Integer> positions, Set<String> names, AnalyzedSentence opening) {

    public ArticleText {
        sentences = List.copyOf(sentences);
        positions = List.copyOf(positions);
        names = Set.copyOf(names);
    }

    public static ArticleText read(int index, Article article, Tokenizer tokenizer, TermAnalyzer analyzer) {
        return read(index, article, text -> AnalyzedSentence.of(text, tokenizer, analyzer));
    }

    /**
     * As {@link #read(int, Article, Tokenizer, TermAnalyzer)}, each sentence and the title analysed by
     * {@code analysis}, which must give what {@link AnalyzedSentence#of} gives for the text (a reader that has
     * analysed the same text before may hand that back).
     */
    public static ArticleText read(int index, Article article, Function<String, AnalyzedSentence> analysis) {
        List<AnalyzedSentence> sentences = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> body = article.sentences();
        AnalyzedSentence opening = null;
        for (int i = 0; i < body.size(); i++) {
            String s = body.get(i);
            if (s == null || s.isBlank() || !seen.add(s.strip())) {
                continue;
            }
            if (sentences.isEmpty()) {
                String cut = Dateline.strip(s);
                if (!cut.equals(s)) {
                    opening = analysis.apply(s);
                    s = cut;
                }
            }
            AnalyzedSentence a = analysis.apply(s);
            sentences.add(a);
            positions.add(i);
            for (Term t : a.terms()) {
                if (t.name()) {
                    names.add(t.key());
                }
            }
        }
        AnalyzedSentence title = article.title() == null ? null
                : analysis.apply(article.title());
        return new ArticleText(index, article, language(article), title, sentences, positions, names, opening);
    }

    private static String language(Article a) {
        if (a.language() != null && !a.language().isBlank()) {
            return a.language();
        }
        String guess = new LanguageGuesser().guess(String.join(" ", a.sentences()));
        return guess == null ? "und" : guess;
    }

    /** Whether a term of this article is a name: marked so, or its key written as a name elsewhere in it. */
    public boolean isName(Term t, AnalyzedSentence in) {
        return t.name() || (names.contains(t.key()) && in.tokens().get(t.token()).capitalized());
    }

    public String key() {
        return article.key();
    }
}
