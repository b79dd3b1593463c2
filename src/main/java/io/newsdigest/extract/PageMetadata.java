package io.newsdigest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, outlet, canonical URL, publication date and language as a page states them: JSON-LD
 * {@code NewsArticle} first, then Open Graph and article meta tags, then {@code <time>} and {@code <title>}.
 * Anything the page does not state is {@code null}.
 */
public record PageMetadata(String title, String source, String url, String published, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static PageMetadata of(Document doc) {
        JsonNode ld = newsArticleLd(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                doc.select("h1").isEmpty() ? null : doc.selectFirst("h1").text(), doc.title());
        String source = first(text(ld == null ? null : ld.path("publisher"), "name"), meta(doc, "og:site_name"),
                meta(doc, "application-name"));
        String url = first(text(ld, "url"), meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href"));
        String published = Dates.isoDate(first(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"),
                attr(doc, "time[datetime]", "datetime")));
        String language = first(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"));
        if (language != null) {
            language = language.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            int dash = language.indexOf('-');
            language = dash > 0 ? language.substring(0, dash) : language;
            language = language.matches("[a-z]{2,3}") ? language : null;
        }
        return new PageMetadata(blankToNull(title), blankToNull(source), httpOnly(url), published, language);
    }

    private static JsonNode newsArticleLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a broken JSON-LD block is one signal less, not a failure
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").toString();
        return type.contains("Article") || type.contains("Posting") || type.contains("Report") ? node : null;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v.isTextual() ? v.asText() : null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attr);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String httpOnly(String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }
}
