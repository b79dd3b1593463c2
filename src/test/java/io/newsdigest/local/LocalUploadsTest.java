package io.newsdigest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Rejection;
import io.newsdigest.article.Upload;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalUploadsTest {

    private static final String ARTICLE = "Ferry service to end\n\nThe river ferry at Marlow Point will stop running"
            + " on Friday, the county council said. Officials blamed rising repair costs.\n";
    private static final long LIMIT = ArticleParser.DEFAULT_MAX_BYTES;

    @TempDir
    Path dir;

    private final LocalUploads uploads = new LocalUploads(LIMIT);
    private final ArticleParser parser = new ArticleParser();

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static String reason(ParseOutcome o) {
        return ((ParseOutcome.Rejected) o).rejection().reason();
    }

    @Test
    void a_file_over_the_limit_is_refused_from_its_size_without_being_read() throws IOException {
        Path big = dir.resolve("one-line-50mb.txt");
        byte[] chunk = "ferry word ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        AtomicInteger parsed = new AtomicInteger();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        ParseOutcome o = uploads.read(big, u -> {
            parsed.incrementAndGet();
            return parser.parse(u);
        });

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("larger than the 10485760-byte limit (" + Files.size(big) + " bytes); not read", reason(o));
        assertEquals(0, parsed.get());
        assertTrue(allocated < 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void a_file_deleted_after_it_was_listed_is_one_rejection_naming_it() throws IOException {
        Path a = write("a.txt", ARTICLE);
        List<Path> files = uploads.files(List.of(dir));
        Files.delete(a);

        ParseOutcome o = uploads.read(files.get(0), parser::parse);

        assertEquals(a.toString(), o.key());
        assertEquals("no such file (missing, or deleted before it could be read)", reason(o));
    }

    @Test
    void a_missing_path_among_good_ones_is_rejected_and_the_others_are_read() throws IOException {
        Path good = write("good.txt", ARTICLE);
        Path missing = dir.resolve("missing.txt");

        LocalDay day = LocalDay.read(List.of(missing, good), parser);

        assertEquals(List.of(good.toString()), day.articles().stream().map(a -> a.key()).toList());
        assertEquals(List.of(new Rejection(missing.toString(),
                "no such file (missing, or deleted before it could be read)")), day.rejected());
    }

    @Test
    void a_named_pipe_is_never_opened_so_reading_cannot_block() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        write("good.txt", ARTICLE);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("not a regular file (a device, pipe or socket); not read",
                    reason(uploads.read(fifo, parser::parse)));
            LocalDay day = LocalDay.read(List.of(dir), parser);
            assertEquals(1, day.articles().size(), "a pipe inside a folder is not an upload");
        });
    }

    @Test
    void a_file_named_twice_or_reached_two_ways_is_read_once() throws IOException {
        Path a = write("sub/a.txt", ARTICLE);
        Path sub = a.getParent();
        Path roundabout = sub.resolve("../sub/a.txt");

        List<Path> files = uploads.files(List.of(a, a, sub, roundabout, dir));

        assertEquals(List.of(a), files);
    }

    @Test
    void folders_are_read_in_name_order_without_hidden_files_and_without_following_link_loops() throws IOException {
        write("b/2.txt", ARTICLE);
        write("b/1.txt", ARTICLE);
        write("a.txt", ARTICLE);
        write(".git/objects/ab", "binary");
        write("b/.DS_Store", "binary");
        boolean linked = link(dir.resolve("b/loop"), dir);

        List<Path> files = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> uploads.files(List.of(dir)));

        List<Path> expected = new ArrayList<>(List.of(dir.resolve("a.txt"), dir.resolve("b/1.txt"),
                dir.resolve("b/2.txt")));
        assertEquals(expected, files, linked ? "with a link loop" : "no symbolic links here");
    }

    @Test
    void reading_a_day_never_writes_into_the_input_folders() throws IOException {
        write("a.txt", ARTICLE);
        write("b/empty.html", "");
        write("b/copy.txt", ARTICLE);
        TreeMap<String, String> before = tree(dir);

        LocalDay day = LocalDay.read(List.of(dir), parser);

        assertEquals(before, tree(dir));
        assertEquals(1, day.articles().size(), "the same article twice is kept once: " + day.articles());
        assertEquals(1, day.rejected().size());
    }

    @Test
    void the_parser_sees_the_path_as_given_as_the_key() throws IOException {
        write("name with spaces+plus%20.txt", ARTICLE);
        Path given = dir.resolve("name with spaces+plus%20.txt");
        List<String> keys = new ArrayList<>();
        Function<Upload, ParseOutcome> spy = u -> {
            keys.add(u.key());
            return parser.parse(u);
        };

        uploads.read(given, spy);

        assertEquals(List.of(given.toString()), keys);
    }

    private static TreeMap<String, String> tree(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    private static boolean mkfifo(Path p) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
