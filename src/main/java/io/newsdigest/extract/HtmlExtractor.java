package io.newsdigest.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a saved web page: metadata from the page's own signals ({@link PageMetadata}), the
 * body from the element that holds the most prose for the least chrome ({@link BodyLocator}), cleaned of
 * chrome by the same rules as pasted text ({@link TextBoilerplate}). A page whose markup holds no article text
 * (one built by scripts) falls back on the text its JSON-LD states. Never throws for malformed HTML, and any
 * nesting depth is fine: no step recurses over the DOM.
 */
public final class HtmlExtractor {

    /** Extracts one page; {@code baseUri} may be null. */
    public Extraction extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata meta = PageMetadata.of(doc);
        Element root = doc.body() != null ? doc.body() : doc;
        List<Block> article = BodyLocator.articleBlocks(HtmlBlocks.of(root));
        List<String> body = TextBoilerplate.body(article, meta.title(), true);
        List<String> issues = List.of();
        if (body.isEmpty() && meta.articleBody() != null) {
            body = TextBoilerplate.clean(TextExtractor.paragraphs(meta.articleBody().lines().toList()));
            issues = List.of("no article text in the markup; body taken from the page's JSON-LD articleBody");
        }
        return new Extraction(meta.title(), meta.source(), meta.url(), meta.published(), meta.language(),
                body, issues);
    }
}
