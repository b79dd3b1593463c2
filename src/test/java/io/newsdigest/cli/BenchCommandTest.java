package io.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void a_day_with_more_stories_than_articles_is_a_usage_error() {
        assertEquals(2, Main.run("bench", "--articles", "5", "--stories", "6"));
    }

    @Test
    void a_negative_warm_up_is_a_usage_error() {
        assertEquals(2, Main.run("bench", "--articles", "5", "--warmup", "-1"));
    }
}
