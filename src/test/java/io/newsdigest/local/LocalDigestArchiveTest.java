package io.newsdigest.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdigest.port.DigestFiles;
import io.newsdigest.port.StorageUnavailable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDigestArchiveTest {

    private static final LocalDate DAY = LocalDate.parse("2024-09-13");

    @Test
    void keeps_a_day_as_the_bucket_does_and_reads_its_json_back(@TempDir Path dir) throws Exception {
        LocalDigestArchive archive = new LocalDigestArchive(dir);

        archive.keep(DAY, new DigestFiles("{\"date\":\"2024-09-13\"}\n", "<html></html>", "text",
                "{\"date\":\"2024-09-13\",\"stories\":[]}"));

        assertEquals("<html></html>", Files.readString(dir.resolve("2024-09-13/digest.html")));
        assertEquals("text", Files.readString(dir.resolve("2024-09-13/digest.txt")));
        try (InputStream json = archive.digestJson(DAY).orElseThrow()) {
            assertArrayEquals("{\"date\":\"2024-09-13\"}\n".getBytes(StandardCharsets.UTF_8), json.readAllBytes());
        }
        try (InputStream outline = archive.outlineJson(DAY).orElseThrow()) {
            assertEquals("{\"date\":\"2024-09-13\",\"stories\":[]}", new String(outline.readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_day_without_a_digest_is_empty(@TempDir Path dir) {
        assertEquals(Optional.empty(), new LocalDigestArchive(dir).digestJson(DAY));
        assertEquals(Optional.empty(), new LocalDigestArchive(dir).outlineJson(DAY));
        assertEquals(Optional.empty(), new LocalDigestArchive(dir.resolve("no-such-folder")).digestJson(DAY));
    }

    @Test
    void a_digest_that_cannot_be_read_is_reported_as_such(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2024-09-13/digest.json"));

        assertThrows(StorageUnavailable.class, () -> new LocalDigestArchive(dir).digestJson(DAY));
    }
}
