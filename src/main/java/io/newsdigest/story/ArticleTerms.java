package io.newsdigest.story;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What grouping needs of one article, small enough that a whole day of them fits in memory beside the articles
 * themselves: its language and, for its title and each body sentence, the sentence's stripped text (to spot
 * boilerplate repeated across the day) and the content terms it uses, each with whether it is written as a name
 * there. Stopwords and short numbers are left out. Made from an {@link ArticleText}, which can then be dropped.
 *
 * @param index     the article's position in the day's input
 * @param title     the title's line, or null without a title
 * @param sentences one line per body sentence of the {@link ArticleText}, in order
 */
public record ArticleTerms(int index, String language, Line title, List<Line> sentences) {

    public ArticleTerms {
        sentences = List.copyOf(sentences);
    }

    /** One sentence's stripped text and its content terms in order (repeats kept: they count). */
    public static final class Line {

        private final String text;
        private final String[] keys;
        private final boolean[] names;

        private Line(String text, String[] keys, boolean[] names) {
            this.text = text;
            this.keys = keys;
            this.names = names;
        }

        public String text() {
            return text;
        }

        /** How many content terms the sentence has. */
        public int size() {
            return keys.length;
        }

        public String key(int i) {
            return keys[i];
        }

        /** Whether the {@code i}th term is written as a name in this sentence. */
        public boolean isName(int i) {
            return names[i];
        }
    }

    public static ArticleTerms of(ArticleText a) {
        List<Line> lines = new ArrayList<>(a.sentences().size());
        for (AnalyzedSentence s : a.sentences()) {
            lines.add(line(a, lines.isEmpty() && a.opening() != null ? a.opening() : s));
        }
        return new ArticleTerms(a.index(), a.language(), a.title() == null ? null : line(a, a.title()), lines);
    }

    private static Line line(ArticleText a, AnalyzedSentence s) {
        String[] keys = new String[s.terms().size()];
        boolean[] names = new boolean[keys.length];
        int n = 0;
        for (Term t : s.terms()) {
            if (t.key().startsWith("#") && t.key().length() < 4
                    || Stopwords.isStopword(s.tokens().get(t.token()).norm())) {
                continue;
            }
            keys[n] = t.key();
            names[n++] = a.isName(t, s);
        }
        return new Line(s.text().strip(), Arrays.copyOf(keys, n), Arrays.copyOf(names, n));
    }
}
