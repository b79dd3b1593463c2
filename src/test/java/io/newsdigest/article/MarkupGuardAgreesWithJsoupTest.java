package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard's limits hold only if it sees the tags jsoup sees. Generated hostile pages (comments closed every way
 * the standard allows, bogus comments, doctypes, CDATA, quotes in and around attributes, raw-text and RCDATA
 * elements whose text looks like markup, script escapes, nesting) are given to both; they must agree on how many
 * elements the page has and how deep they nest.
 */
class MarkupGuardAgreesWithJsoupTest {

    private static final String[] BLOCKS = {"div", "span", "section", "article", "x-box", "aside", "nav", "x-y"};
    private static final String[] RAW = {"style", "script", "title", "textarea", "xmp", "iframe", "noembed",
        "noframes"};
    private static final String[] COMMENTS = {"<!-->", "<!--->", "<!---->", "<!-- a -- b -->", "<!-- a --!>",
        "<!-- <div> -->", "<!--<!-- -->", "<!-- -- -- -->", "<!-- a ---->", "<!-- a --!-->", "<!---x-->",
        "<!--->-->"};
    private static final String[] BOGUS = {"<!x <div> >", "<?php echo '<div>'; ?>", "</ <div>>", "</>",
        "<!DOCTYPE html>", "<!doctype html \"<div>\">", "<![CDATA[ <div> ]]>", "<!>", "<?>", "</3>", "</ div>"};
    private static final String[] ATTRIBUTES = {" a=\"x>y\"", " a='x>y'", " =\"x\"", " a=x\"y", " a\"b=c", " a = \"v\"",
        " a/b", " a=", " a='<div>'", " b=\"'\"", " c='\"'", " d=`x`", " e=&gt;", " f=\"\"", " g<h", " i=j=k",
        " '=\"", " \"", " x=y/"};
    private static final String[] TEXT = {"k < b", " <3 ", "<>", "&lt;div&gt;", " text ", "<<", "x>y", "<=", "<\u00e9>",
        "\n", "--", "-->", "]]>"};
    private static final String[] RAW_TEXT = {"<div>", "</div>", "<!--", "-->", "</sty", "<", "'", "\"", ">",
        "<script>", "</scripts>", "<!-- <script>", "</script >", "-- ", "</ti", "</textareax>", "<x-p>", "k", " ",
        "</STYLE", "</Script>", "<scripT>", "--!>", "<!-->"};

    @Test
    void the_guard_and_jsoup_agree_on_elements_and_depth_of_generated_hostile_pages() throws UnreadableUpload {
        Random random = new Random(2);
        for (int round = 0; round < 20_000; round++) {
            String page = page(random);
            agree(page);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div><!--><div><div></div></div></div>",
        "<div><!---><div></div></div>",
        "<div a=\"x>y\"><div b='>'><div></div></div></div>",
        "<div =\"x><div>\"><div></div></div>",
        "<title>a</title><style>.a{}</style><style>.b{}</style><div><div></div></div>",
        "<script><!-- <script> </script> <div> --></script><div></div>",
        "<script><!-- </script><div><div></div></div>",
        "<script><!--> </script><div></div>",
        "<textarea><div></textarea ><div></div>",
        "<title><div><div>",
        "<style/><div><div></div></div>",
        "<svg><style><div></div></style></svg><div></div>",
        "<svg><title><style><div></style></title></svg>",
        "<math><mi><style><div></style></mi></math>",
        "<div><plaintext><div><div>"})
    void the_guard_and_jsoup_agree_on_these_pages(String page) throws UnreadableUpload {
        agree(page);
    }

    @Test
    void inside_a_select_the_tags_jsoup_ignores_are_still_counted_and_style_is_not_raw_text() throws UnreadableUpload {
        String page = "<select><style><div></div></style></select><div></div>";
        MarkupGuard.Guarded g = MarkupGuard.guard(page);
        assertEquals(2, Jsoup.parse(page).getAllElements().size() - 4, "jsoup keeps the select and the last div");
        assertEquals(4, g.elements(), "the guard counts every start tag: never fewer than jsoup's elements");
    }

    private static void agree(String page) throws UnreadableUpload {
        MarkupGuard.Guarded g = MarkupGuard.guard(page);
        Document doc = Jsoup.parse(page);
        int elements = doc.getAllElements().size() - 4; // the document, html, head and body jsoup always makes
        int depth = 0;
        for (Element e : doc.getAllElements()) {
            if (e.parents().size() >= 2) {
                depth = Math.max(depth, e.parents().size() - 1);
            }
        }
        assertEquals(elements, g.elements(), "elements of " + page);
        assertEquals(depth, g.depth(), "depth of " + page);
    }

    /** A page of random pieces; elements are closed innermost first (so jsoup's end tag rules and ours meet). */
    private static String page(Random r) {
        StringBuilder b = new StringBuilder();
        List<String> open = new ArrayList<>();
        int pieces = 1 + r.nextInt(30);
        for (int k = 0; k < pieces; k++) {
            switch (r.nextInt(9)) {
                case 0, 1 -> {
                    String name = pick(r, BLOCKS);
                    b.append('<').append(r.nextInt(5) == 0 ? name.toUpperCase() : name);
                    for (int a = r.nextInt(3); a > 0; a--) {
                        b.append(pick(r, ATTRIBUTES));
                    }
                    if (r.nextInt(8) == 0) {
                        b.append(" />");
                    } else {
                        b.append(r.nextBoolean() ? ">" : " >");
                        open.add(name);
                    }
                }
                case 2 -> {
                    if (!open.isEmpty()) {
                        b.append("</").append(open.remove(open.size() - 1))
                                .append(r.nextInt(4) == 0 ? pick(r, ATTRIBUTES) : "").append('>');
                    }
                }
                case 3 -> b.append(pick(r, COMMENTS));
                case 4 -> b.append(pick(r, BOGUS));
                case 5 -> b.append(pick(r, TEXT));
                case 6 -> raw(r, b);
                default -> b.append(" words ");
            }
        }
        if (r.nextInt(6) == 0) {
            b.append(r.nextBoolean() ? "<!-- unterminated <div>" : "<div a=\"unterminated>");
        } else if (r.nextInt(10) == 0) {
            b.append("<plaintext><div>");
        }
        return b.toString();
    }

    private static void raw(Random r, StringBuilder b) {
        String name = pick(r, RAW);
        b.append('<').append(name).append(r.nextInt(6) == 0 ? pick(r, ATTRIBUTES) : "").append('>');
        for (int k = r.nextInt(6); k > 0; k--) {
            b.append(pick(r, RAW_TEXT));
        }
        if (r.nextInt(10) != 0) {
            b.append("</").append(r.nextInt(4) == 0 ? name.toUpperCase() : name)
                    .append(r.nextInt(4) == 0 ? " x='>'" : "").append('>');
        }
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
