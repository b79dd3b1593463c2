package io.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();
    private final TerminalProgress progress = new TerminalProgress(
            new PrintStream(shown, true, StandardCharsets.UTF_8), clock::get);

    @Test
    void redraws_one_line_at_most_ten_times_a_second_and_ends_it_when_the_stage_completes() {
        progress.advanced("files read", 1, 3);
        clock.addAndGet(50_000_000L);
        progress.advanced("files read", 2, 3);
        clock.addAndGet(60_000_000L);
        progress.advanced("files read", 3, 3);
        progress.advanced("stories summarized", 1, 2);
        progress.advanced("stories summarized", 2, 2);

        assertEquals("\rfiles read: 1 of 3\rfiles read: 3 of 3\n\rstories summarized: 1 of 2\rstories summarized: 2 of 2\n",
                shown.toString(StandardCharsets.UTF_8));
    }

    @Test
    void standard_error_of_the_tests_is_no_terminal() {
        assertFalse(TerminalProgress.standardErrorIsTerminal(), "the build reads it through a pipe");
    }
}
