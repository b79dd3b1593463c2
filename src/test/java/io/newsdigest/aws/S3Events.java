package io.newsdigest.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * S3 event notifications built from {@code events/s3-put.json}: its record is the template, with bucket, key
 * and time replaced, the key URL-encoded the way S3 encodes it ({@code +} for a space, {@code %xx} for UTF-8).
 */
final class S3Events {

    static final Path PUT = Path.of("events/s3-put.json");

    private S3Events() {
    }

    static byte[] put(String bucket, Instant time, String... keys) {
        return put(bucket, time, List.of(keys));
    }

    static byte[] put(String bucket, Instant time, List<String> keys) {
        try {
            ObjectNode event = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(PUT));
            JsonNode template = event.withArray("Records").get(0);
            ArrayNode records = Json.mapper().createArrayNode();
            for (String key : keys) {
                ObjectNode r = template.deepCopy();
                r.put("eventTime", time.toString());
                ObjectNode s3 = (ObjectNode) r.get("s3");
                ((ObjectNode) s3.get("bucket")).put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
                ((ObjectNode) s3.get("object")).put("key", encoded(key));
                records.add(r);
            }
            event.set("Records", records);
            return Json.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key as S3 writes it into an event: each path segment form-encoded, slashes kept. */
    static String encoded(String key) {
        return Arrays.stream(key.split("/", -1))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }
}
