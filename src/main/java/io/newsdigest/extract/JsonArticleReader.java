package io.newsdigest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsdigest.article.UnreadableUpload;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article uploaded as one JSON object with {@code title}, {@code source}, {@code url},
 * {@code published} and the body in {@code body}, {@code text} or {@code content} (plain text or HTML).
 * Fields of the wrong type are ignored with an issue; anything that is not one object is refused.
 */
public final class JsonArticleReader {

    private static final int MAX_NESTING = 200;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(20_000_000).build());
    }

    private final HtmlExtractor html;
    private final TextExtractor text;

    public JsonArticleReader(HtmlExtractor html, TextExtractor text) {
        this.html = html;
        this.text = text;
    }

    public Extraction extract(String json) throws UnreadableUpload {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new UnreadableUpload(e.getOriginalMessage().contains("nesting")
                    ? "JSON nested more than " + MAX_NESTING + " levels deep; not an article"
                    : "JSON holds a value too large for an article");
        } catch (JsonProcessingException e) {
            throw new UnreadableUpload(e.getLocation() == null ? "malformed JSON"
                    : "malformed JSON at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableUpload("JSON " + (root == null ? "is empty" : "is " + kind(root))
                    + "; expected one article object");
        }
        List<String> issues = new ArrayList<>();
        String body = null;
        for (String field : List.of("body", "text", "content", "articleBody")) {
            body = string(root, field, issues);
            if (body != null) {
                break;
            }
        }
        if (body == null) {
            throw new UnreadableUpload("JSON has no text in body, text or content");
        }
        Extraction inner = body.matches("(?s)\\s*<.*") ? html.extract(body, null) : text.extract(body);
        issues.addAll(inner.issues());
        String title = string(root, "title", issues);
        if (title != null && title.length() > 1000) {
            issues.add("title longer than 1000 characters; cut");
            title = title.substring(0, 1000);
        }
        if (title != null && PageChrome.cannotBeTitle(Prose.collapse(title))) {
            issues.add("title is a date, breadcrumb or interface line, not a headline; ignored");
            title = null;
        }
        String published = string(root, "published", issues);
        if (published == null) {
            published = string(root, "date", issues);
        }
        return new Extraction(title, string(root, "source", issues), string(root, "url", issues),
                Dates.isoDate(published), string(root, "language", issues), inner.blocks(), issues);
    }

    private static String string(JsonNode root, String field, List<String> issues) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            issues.add("field '" + field + "' is " + kind(v) + ", not text; ignored");
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** "an array", "a number"... */
    private static String kind(JsonNode v) {
        String type = v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
