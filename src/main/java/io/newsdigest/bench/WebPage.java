package io.newsdigest.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A saved web page around a {@link Report}, in one of the outlets' layouts, with what real pages carry around
 * an article: head metadata (Open Graph, sometimes JSON-LD with the body repeated), style sheets and inline
 * scripts with preloaded state, navigation menus, a byline, a figure with caption, inline promotions, related
 * and most-read lists, a newsletter form, a cookie banner and a footer of links.
 */
final class WebPage {

    private final Names names;

    WebPage(Names names) {
        this.names = names;
    }

    String render(Report r, PageContext page, SplittableRandom rng) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(esc(r.headline())).append(" | ").append(esc(r.outlet().name())).append("</title>\n");
        if (r.outlet().layout() != Names.Layout.MINIMAL) {
            meta(h, "og:title", r.headline());
            meta(h, "og:site_name", r.outlet().name());
            meta(h, "og:url", page.url());
            meta(h, "article:published_time", page.date() + "T0" + rng.nextInt(10) + ":" + (10 + rng.nextInt(50)) + ":00Z");
            h.append("<link rel=\"canonical\" href=\"").append(esc(page.url())).append("\">\n");
        }
        styles(h, rng);
        if (r.outlet().layout() == Names.Layout.MODERN) {
            jsonLd(h, r, page, rng.nextInt(3) == 0);
        }
        scripts(h, page, rng);
        h.append("</head>\n<body class=\"article-page ").append(r.outlet().layout().name().toLowerCase(Locale.ROOT))
                .append("\">\n");
        switch (r.outlet().layout()) {
            case CLASSIC -> classic(h, r, page, rng);
            case MODERN -> modern(h, r, page, rng);
            case MINIMAL -> minimal(h, r, page);
        }
        h.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',section:'")
                .append(names.pick("section", rng).toLowerCase(Locale.ROOT)).append("'});</script>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void classic(StringBuilder h, Report r, PageContext page, SplittableRandom rng) {
        h.append("<div id=\"wrapper\">\n<div class=\"top-bar\"><span class=\"date-today\">").append(page.date())
                .append("</span> <a href=\"/login\">Log in</a> <a href=\"/subscribe\">Subscribe</a></div>\n");
        h.append("<div id=\"masthead\"><a href=\"/\" class=\"logo\">").append(esc(r.outlet().name())).append("</a></div>\n");
        h.append("<div id=\"menu\" class=\"main-menu\"><ul>\n");
        for (String s : names.list("section")) {
            h.append("<li><a href=\"/").append(slug(s)).append("\">").append(s).append("</a></li>\n");
        }
        h.append("</ul></div>\n<div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/regions\">Regions</a></div>\n");
        h.append("<div class=\"content\">\n<div class=\"story\">\n<h1 class=\"headline\">").append(esc(r.headline())).append("</h1>\n");
        h.append("<p class=\"byline\">By ").append(esc(r.author())).append(", ").append(esc(r.outlet().name())).append("</p>\n");
        h.append("<span class=\"date\">").append(page.date().getDayOfMonth()).append(' ')
                .append(month(page)).append(' ').append(page.date().getYear()).append("</span>\n");
        h.append("<div class=\"share-tools\"><a href=\"#\">Share</a> <a href=\"#\">Print</a> <a href=\"#\">E-mail</a></div>\n");
        h.append("<div class=\"story-body\">\n");
        List<List<String>> paragraphs = r.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p>").append(esc(String.join(" ", paragraphs.get(i)))).append("</p>\n");
            if (i == 2) {
                h.append("<div class=\"advert-slot\"><span>Advertisement</span><div id=\"ad-")
                        .append(rng.nextInt(1000)).append("\"></div></div>\n");
            }
            if (i == paragraphs.size() / 2) {
                linkList(h, "related-box", "Related stories", page, 4, rng);
            }
        }
        h.append("</div>\n<div class=\"comments\"><h3>Comments</h3><p>Log in to leave a comment.</p></div>\n</div>\n");
        h.append("<div class=\"sidebar\">\n");
        linkList(h, "most-popular", "Most read", page, 8, rng);
        h.append("</div>\n</div>\n");
        footer(h, r, rng);
        h.append("</div>\n");
    }

    private void modern(StringBuilder h, Report r, PageContext page, SplittableRandom rng) {
        h.append("<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience. "
                + "See our cookie policy.</p><button>Accept all cookies</button></div>\n");
        h.append("<header class=\"site-header\"><a class=\"brand\" href=\"/\">").append(esc(r.outlet().name()))
                .append("</a>\n<nav aria-label=\"Sections\"><ul>\n");
        for (String s : names.list("section")) {
            h.append("<li class=\"nav-item\"><a href=\"https://").append(r.outlet().domain()).append('/').append(slug(s))
                    .append("\">").append(s).append("</a><ul class=\"submenu\">");
            for (int i = 0; i < 3; i++) {
                h.append("<li><a href=\"/").append(slug(s)).append("/").append(i).append("\">")
                        .append(names.region(rng)).append("</a></li>");
            }
            h.append("</ul></li>\n");
        }
        h.append("</ul></nav>\n<button class=\"search-toggle\">Search</button></header>\n<main id=\"main\">\n");
        h.append("<article class=\"article\">\n<header class=\"article-header\"><h1>").append(esc(r.headline()))
                .append("</h1>\n<div class=\"meta\"><span class=\"author\">By <a href=\"/authors/")
                .append(slug(r.author())).append("\">").append(esc(r.author())).append("</a></span> ")
                .append("<time datetime=\"").append(page.date()).append("\">").append(month(page)).append(' ')
                .append(page.date().getDayOfMonth()).append(", ").append(page.date().getYear())
                .append("</time></div></header>\n");
        h.append("<figure class=\"lead-image\"><img src=\"/img/").append(rng.nextInt(1_000_000))
                .append(".jpg\" alt=\"\"><figcaption>").append(esc(r.slots().get("place")))
                .append(" on ").append(esc(r.slots().get("weekday"))).append(". Photo: ")
                .append(esc(names.person(rng))).append("</figcaption></figure>\n<div class=\"article-body\">\n");
        List<List<String>> paragraphs = r.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> p = paragraphs.get(i);
            if (p.get(0).startsWith("\"") && p.size() == 1 && rng.nextInt(3) == 0) {
                h.append("<blockquote><p>").append(esc(p.get(0))).append("</p></blockquote>\n");
            } else {
                h.append("<p>").append(esc(String.join(" ", p))).append("</p>\n");
            }
            if (i == 3) {
                h.append("<aside class=\"inline-promo newsletter\"><p>Get the morning briefing in your inbox.</p>"
                        + "<form><input type=\"email\" placeholder=\"Your e-mail\"><button>Sign up</button></form></aside>\n");
            }
            if (i == 6) {
                h.append("<div class=\"read-more\"><a href=\"/").append(slug(pick(page.otherHeadlines(), rng)))
                        .append("\">Read more: ").append(esc(pick(page.otherHeadlines(), rng))).append("</a></div>\n");
            }
        }
        h.append("</div>\n<ul class=\"tags\"><li><a href=\"/topics/").append(r.event().kind().name()).append("\">")
                .append(r.event().kind().name()).append("</a></li><li><a href=\"/topics/region\">")
                .append(esc(r.slots().get("region"))).append("</a></li></ul>\n</article>\n");
        linkList(h, "recommended", "Recommended for you", page, 6, rng);
        h.append("</main>\n");
        footer(h, r, rng);
    }

    private static void minimal(StringBuilder h, Report r, PageContext page) {
        h.append("<p><a href=\"/\">").append(esc(r.outlet().name())).append("</a></p>\n<h1>").append(esc(r.headline()))
                .append("</h1>\n<p><em>").append(esc(r.author())).append(" &mdash; ").append(page.date()).append("</em></p>\n");
        for (List<String> p : r.paragraphs()) {
            h.append("<p>").append(esc(String.join(" ", p))).append("</p>\n");
        }
        h.append("<hr>\n<p>&copy; ").append(page.date().getYear()).append(' ').append(esc(r.outlet().name()))
                .append(". All rights reserved.</p>\n");
    }

    private void footer(StringBuilder h, Report r, SplittableRandom rng) {
        h.append("<footer id=\"footer\" class=\"site-footer\">\n<div class=\"footer-links\">\n");
        for (String s : names.list("section")) {
            h.append("<a href=\"/").append(slug(s)).append("\">").append(s).append("</a>\n");
        }
        for (String s : List.of("About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy policy",
                "Cookie settings", "Accessibility", "Corrections", "Archive")) {
            h.append("<a href=\"/").append(slug(s)).append("\">").append(s).append("</a>\n");
        }
        h.append("</div>\n<div class=\"newsletter-signup\"><p>Subscribe to our newsletter for the day's top stories.</p>"
                + "<form><input type=\"email\"><button>Subscribe</button></form></div>\n<p class=\"copyright\">&copy; ")
                .append(2020 + rng.nextInt(11)).append(' ').append(esc(r.outlet().name()))
                .append(". All rights reserved.</p>\n</footer>\n");
    }

    private static void linkList(StringBuilder h, String cls, String title, PageContext page, int n, SplittableRandom rng) {
        h.append("<div class=\"").append(cls).append("\"><h3>").append(title).append("</h3><ul>\n");
        for (int i = 0; i < n; i++) {
            String headline = pick(page.otherHeadlines(), rng);
            h.append("<li><a href=\"/news/").append(slug(headline)).append("\">").append(esc(headline)).append("</a></li>\n");
        }
        h.append("</ul></div>\n");
    }

    private void styles(StringBuilder h, SplittableRandom rng) {
        h.append("<style>\n");
        int rules = 40 + rng.nextInt(120);
        for (int i = 0; i < rules; i++) {
            String s = slug(names.pick("section", rng));
            h.append(".nav-").append(s).append('-').append(i).append(" a:hover{color:#")
                    .append(Integer.toHexString(0x100000 + rng.nextInt(0xefffff)))
                    .append(";margin:0 ").append(rng.nextInt(24)).append("px;font-size:")
                    .append(12 + rng.nextInt(10)).append("px;line-height:1.").append(rng.nextInt(9)).append("}\n");
        }
        h.append("</style>\n");
    }

    private static void scripts(StringBuilder h, PageContext page, SplittableRandom rng) {
        h.append("<script async src=\"/assets/app.").append(Integer.toHexString(rng.nextInt())).append(".js\"></script>\n");
        h.append("<script>window.__PRELOADED_STATE__={\"feed\":[");
        int items = 40 + rng.nextInt(260);
        for (int i = 0; i < items; i++) {
            String headline = pick(page.otherHeadlines(), rng);
            h.append(i == 0 ? "" : ",").append("{\"id\":").append(rng.nextInt(9_000_000))
                    .append(",\"headline\":\"").append(headline.replace("\"", "\\\""))
                    .append("\",\"path\":\"/news/").append(slug(headline)).append("\",\"thumb\":\"/img/")
                    .append(rng.nextInt(1_000_000)).append(".jpg\",\"premium\":").append(rng.nextBoolean()).append('}');
        }
        h.append("]};</script>\n");
    }

    private static void jsonLd(StringBuilder h, Report r, PageContext page, boolean withBody) {
        h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(jsonText(r.headline())).append("\",\"datePublished\":\"")
                .append(page.date()).append("\",\"url\":\"").append(page.url()).append("\",\"author\":{\"@type\":\"Person\",")
                .append("\"name\":\"").append(jsonText(r.author())).append("\"},\"publisher\":{\"@type\":\"Organization\",")
                .append("\"name\":\"").append(jsonText(r.outlet().name())).append("\"}");
        if (withBody) {
            h.append(",\"articleBody\":\"").append(jsonText(r.body())).append('"');
        }
        h.append("}</script>\n");
    }

    private static void meta(StringBuilder h, String property, String content) {
        h.append("<meta property=\"").append(property).append("\" content=\"").append(esc(content)).append("\">\n");
    }

    private static String month(PageContext page) {
        String m = page.date().getMonth().name();
        return m.charAt(0) + m.substring(1).toLowerCase(Locale.ROOT);
    }

    private static <T> T pick(List<T> list, SplittableRandom rng) {
        return list.get(rng.nextInt(list.size()));
    }

    static String slug(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
