package io.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static long[] shingles(String... sentences) {
        Article a = new Article("k", "s", "text", null, null, null, null, "en", List.of(sentences), List.of());
        return new NearDuplicates(0.6).shingles(ArticleText.read(0, a, new Tokenizer(), new TermAnalyzer()));
    }

    @Test
    void a_copy_with_a_sentence_cut_and_a_word_changed_is_the_same_text() {
        long[] original = shingles("The council approved the new budget on Tuesday after a long debate.",
                "Spending on schools will rise by four percent next year.",
                "The opposition voted against, saying taxes would go up.");
        long[] copy = shingles("The council approved the new budget on Tuesday after a long debate.",
                "Spending on schools will rise by four percent next year.");
        assertTrue(new NearDuplicates(0.6).sameText(original, copy));
    }

    @Test
    void two_reports_in_their_own_words_are_not_the_same_text() {
        long[] a = shingles("The council approved the new budget on Tuesday after a long debate.");
        long[] b = shingles("After hours of argument, councillors passed next year's budget on Tuesday.");
        assertFalse(new NearDuplicates(0.6).sameText(a, b));
    }
}
