package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubjectLineTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    @Test
    void names_the_day_and_counts_stories_and_articles() {
        assertEquals("News digest, 20 June 2024: 3 stories from 14 articles", SubjectLine.of(DAY, 3, 14));
    }

    @Test
    void uses_the_singular_for_one() {
        assertEquals("News digest, 1 March 2025: 1 story from 1 article",
                SubjectLine.of(LocalDate.of(2025, 3, 1), 1, 1));
    }

    @Test
    void a_day_without_articles_has_no_counts() {
        assertEquals("News digest, 20 June 2024: no new articles", SubjectLine.of(DAY, 0, 0));
    }

    @Test
    void no_line_break_or_control_character_survives_in_a_header_value() {
        assertEquals("Digest Bcc: victim@example.org x",
                SubjectLine.headerSafe("Digest\r\nBcc: victim@example.org\u0000\u2028x\n"));
    }
}
