package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.article.BadInputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The bad-input corpus uploaded to {@code inbox/} under hostile keys and ingested from one S3 event, as the
 * function meets it: every upload is filed or rejected with its key exactly as uploaded, one bad upload never
 * stops the others, the same object twice in one event is filed once, and nothing is ever written outside
 * {@code articles/<day>/}, whatever the keys say.
 */
@ExtendWith({S3MockServer.class, SesEmulator.class})
class IngestBadInputTest {

    /** Keys a user or a script might produce: each must come back exactly as it was uploaded. */
    private static final List<String> HOSTILE_KEYS = List.of(
            "inbox/with space and+plus.txt",
            "inbox/100%25 sure%2Fnot a folder.txt",
            "inbox/nämé ünïcødé 名前 عربي.txt",
            "inbox/sub/../../articles/" + Cloud.DAY + "/planted.json",
            "inbox/./dots/./name..txt",
            "inbox/trailing space .txt");

    @Test
    void every_corpus_upload_is_filed_or_rejected_under_its_own_key_and_nothing_lands_elsewhere() {
        Cloud cloud = new Cloud("badinput");
        Map<String, BadInputs.Case> uploaded = new LinkedHashMap<>();
        for (BadInputs.Case c : BadInputs.cases()) {
            if (!c.generated() || c.name().equals("generated/zip-bomb.html")) {
                String key = "inbox/" + c.fileName();
                cloud.plain.putObject(b -> b.bucket(cloud.bucket).key(key), RequestBody.fromBytes(c.bytes()));
                uploaded.put(key, c);
            }
        }
        byte[] article = BadInputs.cases().stream().filter(c -> c.name().equals("name with spaces.txt"))
                .findFirst().orElseThrow().bytes();
        for (String key : HOSTILE_KEYS) {
            cloud.plain.putObject(b -> b.bucket(cloud.bucket).key(key), RequestBody.fromBytes(article));
        }
        List<String> event = new ArrayList<>(uploaded.keySet());
        event.addAll(HOSTILE_KEYS);
        event.add("inbox/name with spaces.txt"); // the same object twice in one event

        Cloud.Result r = cloud.ingest(event);

        assertNull(r.failure(), () -> String.valueOf(r.failure()));
        Set<String> filed = new TreeSet<>();
        r.report().get("filed").forEach(f -> filed.add(f.get("key").asText()));
        Map<String, String> rejected = new LinkedHashMap<>();
        r.report().get("rejected").forEach(x -> rejected.put(x.get("key").asText(), x.get("reason").asText()));
        assertEquals(0, r.report().get("retryable").size());
        assertEquals(event.size(), r.report().get("filed").size() + rejected.size(), "every record has an outcome");
        uploaded.forEach((key, c) -> {
            if (c.rejected()) {
                String expected = c.checks().get(0).substring("reason~".length()).toLowerCase();
                assertTrue(rejected.getOrDefault(key, "").toLowerCase().contains(expected), key + ": " + rejected.get(key));
            } else {
                assertTrue(filed.contains(key), key + " was not filed: " + rejected.get(key));
            }
        });
        for (String key : HOSTILE_KEYS) {
            assertTrue(filed.contains(key) || rejected.containsKey(key), key + " has no outcome under its own key");
        }

        for (String key : cloud.keys("")) {
            assertTrue(key.startsWith("inbox/") || key.matches("(articles|rejected)/" + Cloud.DAY + "/[0-9a-f]{64}\\.json"),
                    "written outside articles/<day>/ and rejected/<day>/: " + key);
        }
        Set<String> distinctRejected = new TreeSet<>(rejected.keySet());
        distinctRejected.removeIf(k -> k.endsWith("/"));
        assertEquals(distinctRejected.size(), cloud.keys("rejected/").size(), "each rejected upload kept once, by key");
        Set<String> distinct = new TreeSet<>();
        r.report().get("filed").forEach(f -> distinct.add(f.get("sha256").asText()));
        assertEquals(distinct.size(), cloud.keys("articles/").size(), "each distinct article stored once");
        JsonNode twice = null;
        int times = 0;
        for (JsonNode f : r.report().get("filed")) {
            if (f.get("key").asText().equals("inbox/name with spaces.txt")) {
                twice = f;
                times++;
            }
        }
        assertEquals(2, times);
        assertTrue(twice.get("duplicate").asBoolean(), "the second record of the same object writes nothing");
    }
}
