package io.newsdigest.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.digest.Digest;
import io.newsdigest.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each set of invented days ({@code src/test/resources/followup*}) scored against its gold by the project's
 * scorer, {@code scripts/score_days.py}, held to the bars: continuing stories found with precision and recall
 * of at least 0.95, at most a tenth of new facts repeating an earlier digest, every moved figure reported.
 */
class FollowupGoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"followup", "followup-b"})
    void the_invented_days_meet_the_bars(String set, @TempDir Path archive) throws Exception {
        assumeTrue(python(), "python3 is not installed");
        Path root = Path.of("src/test/resources").resolve(set);
        for (Map.Entry<String, Digest> day : FollowupDays.digestsOf(root.resolve("days")).entrySet()) {
            Files.createDirectories(archive.resolve(day.getKey()));
            Files.writeString(archive.resolve(day.getKey()).resolve("digest.json"), Json.writePretty(day.getValue()));
        }

        Process p = new ProcessBuilder("python3", "scripts/score_days.py", archive.toString(),
                root.resolve("gold.json").toString(), "--json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        JsonNode score = Json.mapper().readTree(out);
        assertTrue(score.get("continuing_precision").asDouble() >= 0.95, out);
        assertTrue(score.get("continuing_recall").asDouble() >= 0.95, out);
        assertTrue(score.get("new_facts").asInt() > 0, out);
        assertTrue(score.get("new_facts_repeating").asDouble() <= 0.10, out);
        assertEquals(1.0, score.get("changes_found").asDouble(), out);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
