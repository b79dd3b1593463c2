package io.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencesCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_file_is_reported_and_the_others_are_still_split() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "One sentence. Another one.", StandardCharsets.UTF_8);
        assertEquals(0, Main.run("sentences", text.toString(), dir.resolve("missing.txt").toString()));
    }

    @Test
    void nothing_readable_is_a_failure() {
        assertEquals(1, Main.run("sentences", dir.resolve("missing.txt").toString()));
    }

    @Test
    void malformed_utf8_is_split_instead_of_rejected() throws IOException {
        Path text = Files.write(dir.resolve("b.txt"), new byte[] {'O', 'k', '.', ' ', (byte) 0xC3, '.'});
        assertEquals(0, Main.run("sentences", text.toString()));
    }

    @Test
    void no_file_at_all_is_a_usage_error() {
        assertEquals(2, Main.run("sentences"));
    }
}
