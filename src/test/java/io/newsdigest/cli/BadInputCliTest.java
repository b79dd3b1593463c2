package io.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.article.BadInputs;
import io.newsdigest.json.Json;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over the bad-input corpus, as a user runs it (a separate JVM): one bad file never takes the
 * others down, the exit status is 0, and each rejection is exactly one stderr line naming the file and reason.
 */
class BadInputCliTest {

    /** The corpus files plus the generated cases that matter for a whole run; the rest are covered in process. */
    private static final Set<String> GENERATED = Set.of("generated/one-line-50mb.txt", "generated/zip-bomb.html",
            "generated/nested-div-100000.html", "generated/json-nested-100000.json");

    @TempDir
    static Path inbox;
    @TempDir
    static Path out;
    private static final Map<String, BadInputs.Case> byPath = new TreeMap<>();

    @BeforeAll
    static void writeCorpus() throws IOException {
        for (BadInputs.Case c : BadInputs.cases()) {
            if (!c.generated() || GENERATED.contains(c.name())) {
                Path file = inbox.resolve(c.fileName());
                Files.write(file, c.bytes());
                byPath.put(file.toString(), c);
            }
        }
    }

    record Run(int status, String stdout, List<String> stderr) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(out, "stdout", ".txt");
        Path stderr = Files.createTempFile(out, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not finish: " + command);
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                err.isEmpty() ? List.of() : List.of(err.split("\n")));
    }

    @Test
    void parse_prints_every_good_file_and_one_stderr_line_per_bad_one_and_exits_0() throws Exception {
        Run r = run("parse", inbox.toString());

        assertEquals(0, r.status(), String.join("\n", r.stderr()));
        Set<String> parsed = new TreeSet<>();
        for (JsonNode a : Json.mapper().readTree(r.stdout())) {
            parsed.add(a.get("key").asText());
        }
        Set<String> expectedParsed = new TreeSet<>();
        Map<String, String> expectedRejected = new TreeMap<>();
        byPath.forEach((path, c) -> {
            if (c.rejected()) {
                expectedRejected.put(path, c.checks().get(0).substring("reason~".length()));
            } else {
                expectedParsed.add(path);
            }
        });
        assertEquals(expectedParsed, parsed);
        assertEquals(expectedRejected.size(), r.stderr().size(), String.join("\n", r.stderr()));
        for (String line : r.stderr()) {
            String path = line.substring(0, line.indexOf(": rejected: "));
            assertTrue(expectedRejected.containsKey(path), "unexpected stderr line: " + line);
            String reason = line.substring(path.length() + ": rejected: ".length());
            assertTrue(reason.toLowerCase().contains(expectedRejected.get(path).toLowerCase()), line);
        }
    }

    @Test
    void digest_keeps_going_past_every_bad_file_and_writes_nothing_into_the_input_folder() throws Exception {
        Map<String, String> before = tree(inbox);
        Path json = out.resolve("digest.json");

        Run r = run("digest", "--date", "2024-06-18", "--json", json.toString(), inbox.toString());

        assertEquals(0, r.status(), String.join("\n", r.stderr()));
        assertEquals(before, tree(inbox), "the input folder is untouched");
        JsonNode digest = Json.mapper().readTree(json.toFile());
        Set<String> rejected = new TreeSet<>();
        digest.get("rejected").forEach(x -> rejected.add(x.get("key").asText()));
        Set<String> expectedRejected = new TreeSet<>();
        byPath.forEach((path, c) -> {
            if (c.rejected()) {
                expectedRejected.add(path);
            }
        });
        assertEquals(expectedRejected, rejected);
        assertEquals(expectedRejected.size(), r.stderr().size(), "one stderr line per rejection");
        Map<String, String> shaByKey = new HashMap<>();
        Json.mapper().readTree(run("parse", inbox.toString()).stdout())
                .forEach(a -> shaByKey.put(a.get("key").asText(), a.get("sha256").asText()));
        assertEquals(shaByKey.get(inbox.resolve("name with spaces.txt").toString()),
                shaByKey.get(inbox.resolve("same-article-under-another-name.txt").toString()));
        assertEquals(new HashSet<>(shaByKey.values()).size(), digest.get("articleCount").asInt(),
                "an article uploaded under several names (or in several encodings) counts once");
    }

    @Test
    void no_story_of_the_digest_mixes_articles_in_different_languages() throws Exception {
        Run parsed = run("parse", inbox.toString());
        Map<String, String> language = new HashMap<>();
        for (JsonNode a : Json.mapper().readTree(parsed.stdout())) {
            language.put(a.get("key").asText(), a.get("language").asText("unknown"));
        }
        Path json = out.resolve("languages.json");

        Run r = run("digest", "--date", "2024-06-18", "--json", json.toString(), inbox.toString());

        assertEquals(0, r.status());
        for (JsonNode story : Json.mapper().readTree(json.toFile()).get("stories")) {
            Set<String> languages = new HashSet<>();
            story.get("articles").forEach(a -> languages.add(language.get(a.get("key").asText())));
            assertTrue(languages.size() == 1, "story " + story.get("headline") + " mixes " + languages);
        }
    }

    @Test
    void a_file_named_twice_a_roundabout_path_and_a_missing_file_in_one_run() throws Exception {
        String good = inbox.resolve("name with spaces.txt").toString();
        String roundabout = inbox.resolve("../" + inbox.getFileName() + "/name+with+plus.txt").toString();
        String missing = inbox.resolve("no-such-file.txt").toString();

        Run r = run("parse", good, good, roundabout, missing);

        assertEquals(0, r.status());
        List<String> keys = new ArrayList<>();
        Json.mapper().readTree(r.stdout()).forEach(a -> keys.add(a.get("key").asText()));
        assertEquals(List.of(good, roundabout), keys, "each file once, its key the path as given");
        assertEquals(List.of(missing + ": rejected: no such file (missing, or deleted before it could be read)"),
                r.stderr());
    }

    @Test
    void when_every_input_is_bad_the_exit_status_is_1_and_each_is_still_named() throws Exception {
        String empty = inbox.resolve("empty.html").toString();
        String png = inbox.resolve("picture.png").toString();

        Run r = run("parse", empty, png);

        assertEquals(1, r.status());
        assertEquals(List.of(empty + ": rejected: empty file",
                png + ": rejected: binary content (PNG image), not an article"), r.stderr());
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                out.put(root.relativize(p).toString().replace(File.separatorChar, '/'),
                        Files.isDirectory(p) ? "dir" : Files.size(p) + " " + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }
}
