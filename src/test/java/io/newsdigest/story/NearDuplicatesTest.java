package io.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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

    @Test
    void the_index_finds_the_same_sources_as_comparing_with_every_earlier_independent_article() {
        Random random = new Random(7);
        List<long[]> sets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long[] set;
            if (i > 0 && random.nextInt(3) == 0) {
                long[] of = sets.get(random.nextInt(i)); // a copy that keeps a random share of another's shingles
                double keep = 0.3 + 0.7 * random.nextDouble();
                set = Arrays.stream(of).filter(h -> random.nextDouble() < keep).toArray();
            } else {
                set = random.longs(50 + random.nextInt(700), 0, 200_000).toArray();
            }
            sets.add(Arrays.stream(set).sorted().distinct().toArray());
        }
        NearDuplicates near = new NearDuplicates(0.6);
        int[] expected = new int[sets.size()];
        int copies = 0;
        for (int i = 0; i < sets.size(); i++) {
            expected[i] = i;
            for (int j = 0; j < i && expected[i] == i; j++) {
                if (expected[j] == j && near.sameText(sets.get(j), sets.get(i))) {
                    expected[i] = j;
                    copies++;
                }
            }
        }
        assertTrue(copies > 30, "the test day must hold copies: " + copies);
        assertArrayEquals(expected, near.sources(sets));
    }

    @Test
    void a_run_of_words_held_by_more_independent_articles_than_the_cap_does_not_make_a_copy() {
        List<long[]> sets = List.of(
                new long[] {1, 2, 3, 10, 11, 12, 13, 14, 15, 16},
                new long[] {1, 2, 3, 20, 21, 22, 23, 24, 25, 26},
                new long[] {1, 2, 3, 30, 31, 32, 33, 34, 35, 36},
                new long[] {1, 2, 3, 40, 41});
        NearDuplicates near = new NearDuplicates(0.6);
        assertArrayEquals(new int[] {0, 1, 2, 0}, near.sources(sets));
        assertArrayEquals(new int[] {0, 1, 2, 3}, near.sources(sets, 2));
        assertArrayEquals(new int[] {0, 1, 2, 0}, near.sources(sets, 3));
    }
}
