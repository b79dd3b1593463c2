package io.newsdigest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.newsdigest.article.MarkupGuard;
import io.newsdigest.article.UnreadableUpload;
import io.newsdigest.json.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an article uploaded as one JSON object with {@code title}, {@code source}, {@code url},
 * {@code published} and the body in {@code body}, {@code text} or {@code content} (plain text or HTML).
 * A body in HTML is kept within {@link MarkupGuard}'s limits as a page is. Fields of the wrong type are ignored
 * with an issue; anything that is not one object is refused, and so is JSON
 * nested more than {@value JsonTree#MAX_NESTING} levels deep.
 */
public final class JsonArticleReader {

    private final HtmlExtractor html;
    private final TextExtractor text;

    public JsonArticleReader(HtmlExtractor html, TextExtractor text) {
        this.html = html;
        this.text = text;
    }

    public Extraction extract(String json) throws UnreadableUpload {
        Object root;
        try {
            root = JsonTree.read(json);
        } catch (StreamConstraintsException e) {
            throw new UnreadableUpload(e.getOriginalMessage().contains("nesting")
                    ? "JSON nested more than " + JsonTree.MAX_NESTING + " levels deep; not an article"
                    : "JSON holds a value too large for an article");
        } catch (JsonProcessingException e) {
            throw new UnreadableUpload(e.getLocation() == null ? "malformed JSON"
                    : "malformed JSON at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr());
        }
        if (!(root instanceof Map<?, ?> article)) {
            throw new UnreadableUpload("JSON is " + JsonTree.kind(root) + "; expected one article object");
        }
        List<String> issues = new ArrayList<>();
        String body = null;
        for (String field : List.of("body", "text", "content", "articleBody")) {
            body = string(article, field, issues);
            if (body != null) {
                break;
            }
        }
        if (body == null) {
            throw new UnreadableUpload("JSON has no text in body, text or content");
        }
        Extraction inner;
        if (body.matches("(?s)\\s*<.*")) {
            MarkupGuard.Guarded guarded = MarkupGuard.guard(body); // the limits hold for markup inside JSON too
            issues.addAll(guarded.issues());
            inner = html.extract(guarded.markup(), null);
        } else {
            inner = text.extract(body);
        }
        issues.addAll(inner.issues());
        String title = string(article, "title", issues);
        if (title != null && title.length() > 1000) {
            issues.add("title longer than 1000 characters; cut");
            title = title.substring(0, 1000);
        }
        if (title != null && PageChrome.cannotBeTitle(TextMeasures.collapse(title))) {
            issues.add("title is a date, breadcrumb or interface line, not a headline; ignored");
            title = null;
        }
        String published = string(article, "published", issues);
        if (published == null) {
            published = string(article, "date", issues);
        }
        return new Extraction(title, string(article, "source", issues), string(article, "url", issues),
                Dates.isoDate(published), LanguageTag.primary(string(article, "language", issues)), inner.blocks(), issues);
    }

    private static String string(Map<?, ?> article, String field, List<String> issues) {
        Object v = article.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String text)) {
            issues.add("field '" + field + "' is " + JsonTree.kind(v) + ", not text; ignored");
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
