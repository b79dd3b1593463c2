package io.newsdigest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
        Map<String, String> meta = metaTags(doc);
        Element h1 = doc.selectFirst("h1");
        String title = headline(text(ld, "headline"), meta.get("og:title"), meta.get("twitter:title"),
                h1 == null ? null : h1.text(), doc.title());
        String source = first(text(ld == null ? null : ld.path("publisher"), "name"), meta.get("og:site_name"),
                meta.get("application-name"));
        String url = first(text(ld, "url"), meta.get("og:url"), attr(doc, "link[rel=canonical]", "href"));
        String published = Dates.isoDate(first(text(ld, "datePublished"), meta.get("article:published_time"),
                meta.get("datepublished"), meta.get("date"), meta.get("pubdate"), publishedTime(doc)));
        String language = first(attr(doc, "html[lang]", "lang"), meta.get("og:locale"));
        if (language != null) {
            language = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            int dash = language.indexOf('-');
            language = dash > 0 ? language.substring(0, dash) : language;
            language = language.matches("[a-z]{2,3}") ? language : null;
        }
        return new PageMetadata(blankToNull(title), blankToNull(source), httpOnly(url), published, language);
    }

    /** Every {@code <meta>} by its property, name or itemprop (lower case); the first of each name wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = m.attr(key);
                if (!name.isEmpty()) {
                    out.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return out;
    }

    /** Whether an {@code <article>} holds {@code e}, looking a bounded number of levels up. */
    private static boolean insideArticle(Element e) {
        Element p = e.parent();
        for (int level = 0; p != null && level < 100; level++, p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code <time>} that says it is the publication date, else the first one inside an article. */
    private static String publishedTime(Document doc) {
        String inArticle = null;
        for (Element t : doc.getElementsByTag("time")) {
            String datetime = t.attr("datetime");
            if (datetime.isBlank()) {
                continue;
            }
            if (t.attr("itemprop").equalsIgnoreCase("datePublished") || t.hasAttr("pubdate")) {
                return datetime;
            }
            if (inArticle == null && insideArticle(t)) {
                inArticle = datetime;
            }
        }
        return inArticle;
    }

    private static JsonNode newsArticleLd(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
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

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attr);
    }

    /** The first candidate that reads as a headline: not a breadcrumb, a date line or interface words. */
    private static String headline(String... candidates) {
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String t = Prose.collapse(c);
            if (!PageChrome.isBreadcrumb(t) && !PageChrome.isDateLine(t) && !PageChrome.isInterfaceLine(t)
                    && Prose.letterShare(t) >= 0.5) {
                return t;
            }
        }
        return null;
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
