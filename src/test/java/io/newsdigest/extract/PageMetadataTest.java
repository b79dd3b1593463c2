package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    private static PageMetadata of(String head) {
        return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body><p>Text.</p></body></html>"));
    }

    @Test
    void drops_the_site_name_the_page_appends_to_its_title() {
        PageMetadata m = of("<meta property='og:title' content='Night trains return | Coastal Post'>"
                + "<meta property='og:site_name' content='Coastal Post'>");
        assertEquals("Night trains return", m.title());
        assertEquals("Coastal Post", m.source());
    }

    @Test
    void keeps_a_title_that_merely_ends_with_the_site_name() {
        PageMetadata m = of("<meta property='og:title' content='Why everyone reads the Post'>"
                + "<meta property='og:site_name' content='Post'>");
        assertEquals("Why everyone reads the Post", m.title());
    }

    @Test
    void prefers_json_ld_to_open_graph_and_reads_its_publisher_and_date() {
        PageMetadata m = of("<meta property='og:title' content='Open Graph title'>"
                + "<script type='application/ld+json'>{\"@type\":[\"NewsArticle\"],\"headline\":\"Ld headline\","
                + "\"datePublished\":\"2020-02-03T10:00:00+01:00\",\"publisher\":{\"name\":\"Ld Times\"}}</script>");
        assertEquals("Ld headline", m.title());
        assertEquals("Ld Times", m.source());
        assertEquals("2020-02-03", m.published());
    }

    @Test
    void reads_the_publication_time_element_but_not_other_times() {
        PageMetadata labelled = PageMetadata.of(Jsoup.parse("<body><time datetime='2001-01-01'>today</time>"
                + "<article><time pubdate datetime='2019-05-06'>6 May</time></article></body>"));
        assertEquals("2019-05-06", labelled.published());
        PageMetadata widget = PageMetadata.of(Jsoup.parse("<body><time datetime='2001-01-01'>today</time><p>x</p></body>"));
        assertNull(widget.published());
    }

    @Test
    void leaves_unknown_fields_null() {
        PageMetadata m = PageMetadata.of(Jsoup.parse("<p>Nothing stated here.</p>"));
        assertNull(m.title());
        assertNull(m.source());
        assertNull(m.url());
        assertNull(m.published());
        assertNull(m.language());
    }
}
