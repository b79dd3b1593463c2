package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdigest.digest.ArticleRef;
import org.junit.jupiter.api.Test;

class OutletNameTest {

    private static String name(String key, String source, String url) {
        return OutletName.of(new ArticleRef(key, "a title", source, null, url));
    }

    @Test
    void an_outlet_the_article_names_comes_first() {
        assertEquals("BusinessDay", name("inbox/000_50d1f8e1177eeb32.txt", " BusinessDay ", "https://businessday.ng/a"));
    }

    @Test
    void without_an_outlet_the_host_of_the_link_names_it_without_www() {
        assertEquals("businessday.ng", name("inbox/000_50d1f8e1177eeb32.txt", null, "https://www.businessday.ng/x/y"));
        assertEquals("cbsnews.com", name("inbox/a.html", "  ", "https://www.cbsnews.com/news/a/"));
        assertEquals("news.bbc.co.uk", name("inbox/a.html", null, "http://news.bbc.co.uk/1/hi"));
        assertEquals("www.example", name("inbox/a.html", null, "https://www.example/"), "nothing left to name");
    }

    @Test
    void without_a_link_either_the_file_name_without_folder_and_extension() {
        assertEquals("Ferry news", name("inbox/2024/06/Ferry news.html", null, null));
        assertEquals("report.final", name("C:\\uploads\\report.final.txt", null, "javascript:alert(1)"));
        assertEquals("README", name("README", null, "not a link"));
        assertEquals(".txt", name("inbox/.txt", null, null));
    }
}
