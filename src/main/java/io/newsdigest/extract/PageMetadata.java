package io.newsdigest.extract;

import io.newsdigest.json.JsonTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Title, outlet, canonical URL, publication date and language as a page states them: JSON-LD
 * {@code NewsArticle} first, then Open Graph and article meta tags, then {@code <time>} and {@code <title>}.
 * Also the article's text when its JSON-LD carries one ({@code articleBody}). Anything the page does not state
 * is {@code null}.
 */
public record PageMetadata(String title, String source, String url, String published, String language,
                           String articleBody) {

    /** JSON-LD blocks read at most; a page with more is not giving metadata, it is stuffing. */
    private static final int MAX_JSON_LD = 20;

    public static PageMetadata of(Document doc) {
        Signals page = new Signals();
        NodeTraversor.traverse(page, doc);
        Map<?, ?> ld = newsArticleLd(page.jsonLd);
        Map<String, String> meta = page.meta;
        String source = first(text(ld == null ? null : ld.get("publisher"), "name"), meta.get("og:site_name"),
                meta.get("application-name"));
        String title = headline(source, text(ld, "headline"), meta.get("og:title"), meta.get("twitter:title"),
                page.h1, doc.title());
        String url = first(text(ld, "url"), meta.get("og:url"), page.canonical);
        String published = Dates.isoDate(first(text(ld, "datePublished"), meta.get("article:published_time"),
                meta.get("datepublished"), meta.get("date"), meta.get("pubdate"), page.labelledTime,
                page.articleTime));
        String language = LanguageTag.primary(first(page.lang, meta.get("og:locale")));
        return new PageMetadata(blankToNull(title), blankToNull(source), httpOnly(url), published, language,
                text(ld, "articleBody"));
    }

    /**
     * What one walk over the page collects: every {@code <meta>} by its property, name or itemprop (lower
     * case, the first of each name wins), the JSON-LD blocks, the first {@code <h1>}, the canonical link, the
     * document's language, the {@code <time>} that says it is the publication date and the first one inside
     * an {@code <article>}.
     */
    private static final class Signals implements NodeVisitor {
        final Map<String, String> meta = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        String h1;
        String canonical;
        String lang;
        String labelledTime;
        String articleTime;
        private int inArticle;

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> {
                    String content = e.attr("content");
                    for (String key : new String[] {"property", "name", "itemprop"}) {
                        String name = e.attr(key);
                        if (!name.isEmpty() && !content.isBlank()) {
                            meta.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                        }
                    }
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json") && jsonLd.size() < MAX_JSON_LD) {
                        jsonLd.add(e.data());
                    }
                }
                case "h1" -> h1 = h1 == null ? e.text() : h1;
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = e.attr("href");
                    }
                }
                case "html" -> lang = lang == null && e.hasAttr("lang") ? e.attr("lang") : lang;
                case "article" -> inArticle++;
                case "time" -> {
                    String datetime = e.attr("datetime");
                    if (datetime.isBlank()) {
                        return;
                    }
                    if (labelledTime == null && (e.attr("itemprop").equalsIgnoreCase("datePublished") || e.hasAttr("pubdate"))) {
                        labelledTime = datetime;
                    }
                    if (articleTime == null && inArticle > 0) {
                        articleTime = datetime;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("article")) {
                inArticle--;
            }
        }
    }

    private static Map<?, ?> newsArticleLd(List<String> blocks) {
        for (String data : blocks) {
            try {
                Map<?, ?> found = findArticle(JsonTree.read(data));
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a broken JSON-LD block is one signal less, not a failure
            }
        }
        return null;
    }

    private static Map<?, ?> findArticle(Object node) {
        if (node instanceof List<?> list) {
            for (Object n : list) {
                Map<?, ?> f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!(node instanceof Map<?, ?> object)) {
            return null;
        }
        if (object.containsKey("@graph")) {
            return findArticle(object.get("@graph"));
        }
        return isArticleType(object.get("@type")) ? object : null;
    }

    /** A type name, or any of a list of them, that names an article, posting or report. */
    private static boolean isArticleType(Object type) {
        if (type instanceof List<?> list) {
            return list.stream().anyMatch(PageMetadata::isArticleType);
        }
        return type instanceof String t && (t.contains("Article") || t.contains("Posting") || t.contains("Report"));
    }

    private static String text(Object node, String field) {
        if (!(node instanceof Map<?, ?> object)) {
            return null;
        }
        Object v = object.get(field);
        if (v instanceof List<?> list && !list.isEmpty()) {
            v = list.get(0);
        }
        return v instanceof String s ? s : null;
    }

    /** "Night trains return | Coastal Post" without " | Coastal Post" when the page names itself so. */
    private static String withoutSiteName(String title, String site) {
        if (title == null || site == null || site.isBlank()) {
            return title;
        }
        String t = title.strip();
        String name = site.strip();
        if (t.length() > name.length() + 3 && t.toLowerCase(Locale.ROOT).endsWith(name.toLowerCase(Locale.ROOT))) {
            String head = t.substring(0, t.length() - name.length()).stripTrailing();
            if (!head.isEmpty() && "|-–—:·•»".indexOf(head.charAt(head.length() - 1)) >= 0) {
                return head.substring(0, head.length() - 1).strip();
            }
        }
        return title;
    }

    /**
     * The first candidate that reads as a headline once the site's name is taken off its end: not a
     * navigation trail, a date line or interface words.
     */
    private static String headline(String site, String... candidates) {
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String t = withoutSiteName(TextMeasures.collapse(c), site);
            if (!PageChrome.cannotBeTitle(t)) {
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
