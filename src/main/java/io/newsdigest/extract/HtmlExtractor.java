package io.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article in a saved web page: metadata from the page's own signals ({@link PageMetadata}), the
 * body from the element with the most paragraph text, with navigation, widgets and link lists removed.
 */
public final class HtmlExtractor {

    private static final String NON_CONTENT =
            "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, figure figcaption";
    private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
            "(?i)(^|[-_ ])(nav|menu|breadcrumb|footer|header|sidebar|related|share|social|comment|newsletter"
                    + "|subscribe|cookie|promo|advert|ad|tags?|widget|weather|more|recommend|popular)([-_ ]|$)");

    /** Extracts one page; never throws for malformed HTML. */
    public Extraction extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata meta = PageMetadata.of(doc);
        doc.select(NON_CONTENT).remove();
        for (Element e : new ArrayList<>(doc.body().getAllElements())) {
            String names = e.className() + " " + e.id();
            if (e != doc.body() && BOILERPLATE_NAMES.matcher(names).find() && e.parent() != null) {
                e.remove();
            }
        }
        Element root = bestContainer(doc);
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select("p, h2, h3, h4, li, blockquote")) {
            if (!block.select("p, li").isEmpty() && !block.is("li")) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty() && linkDensity(block) < 0.5) {
                blocks.add(text);
            }
        }
        return new Extraction(meta.title(), meta.source(), meta.url(), meta.published(), meta.language(),
                TextBoilerplate.clean(blocks), List.of());
    }

    private static Element bestContainer(Document doc) {
        Element best = doc.body();
        int bestScore = 0;
        for (Element candidate : doc.body().select("article, main, div, section")) {
            int score = 0;
            for (Element p : candidate.children()) {
                if (p.is("p")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        Elements links = e.select("a");
        int linked = 0;
        for (Element a : links) {
            linked += a.text().length();
        }
        return linked / (double) total;
    }
}
