package io.newsdigest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, {@code class}, {@code id}, {@code role} and {@code itemprop} say it holds, read as
 * words ({@code "related-posts"}, {@code "shareBar"} and {@code "c-comments__list"} all count): page chrome
 * (comments, sharing, navigation, related links, advertising, bylines...), the article's content, or nothing.
 * An embedded social-media post the article quotes ("social-media-embed") is neither. Chrome wins when an element says both ("article-comments", "related-content"), except for side words such as
 * "author", "tags" or "meta", which content words outweigh ("post author-jane category-news").
 */
final class ElementNames {

    /** What the names of one element say. */
    enum Hint {
        /** Readers' comments and the forms around them: never the article, however much text they hold. */
        DISCUSSION,
        /** Navigation, sharing, related links, advertising, bylines and the like. */
        CHROME,
        /** The article's own text. */
        CONTENT,
        NONE
    }

    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "form");

    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu",
            "menubar", "toolbar", "tablist");

    private static final Set<String> DISCUSSION_WORDS = Set.of(
            "comment", "comments", "commenting", "reply", "replies", "respond", "discussion", "disqus");

    /** Words that make an element chrome whatever else its names say. */
    private static final Set<String> CHROME_WORDS = Set.of(
            "share", "sharing",
            "sharebar", "sharer", "social", "sociable", "related", "relatedposts", "recommend", "recommended",
            "recommendation", "recommendations", "newsletter", "newsletters", "subscribe", "subscription",
            "signup", "promo", "promotion", "promotions", "promoted", "advert", "adverts", "advertisement",
            "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored", "cookie", "cookies",
            "consent", "gdpr", "breadcrumb", "breadcrumbs", "crumbs", "nav", "navbar", "navigation", "menu",
            "submenu", "sidebar", "rail", "widget", "widgets", "popular", "trending", "mostread", "modal",
            "popup", "overlay", "toolbar", "pagination", "pager", "login", "signin", "skip", "teaser", "teasers",
            "outbrain", "taboola", "affiliate", "cta", "donate", "donation", "ticker", "weather", "poll",
            "survey", "lightbox", "flyout", "dropdown", "tooltip", "sr", "visuallyhidden", "offscreen",
            "invisible");

    /** Words that make an element chrome unless its names also say it holds the article's content. */
    private static final Set<String> SIDE_WORDS = Set.of(
            "author", "authors", "bio", "byline", "tag", "tags", "taglist", "keywords", "topics", "categories",
            "caption", "credit", "credits", "meta", "metadata", "header", "footer", "masthead", "tools",
            "utility", "print", "search", "next", "prev", "previous", "timestamp", "dateline", "rating",
            "follow", "disclaimer", "copyright", "contact", "avatar", "profile", "feedback", "jump", "toc",
            "hidden", "privacy", "banner", "account", "register", "paid", "notification", "alert", "alerts",
            "bottom", "paywall");

    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "body", "content", "story", "entry", "post", "text", "main", "hentry",
            "prose", "copy", "richtext", "blog", "paragraph", "paragraphs");

    private static final List<String> LAYOUT_OPTIONS = List.of(
            "has", "with", "without", "no", "show", "enable", "enabled", "disable", "disabled", "contains", "using", "uses");

    private static final int DISCUSSION = 1;
    private static final int CHROME = 2;
    private static final int SIDE = 4;
    private static final int CONTENT = 8;
    private static final int EMBED = 16;
    private static final int SOCIAL = 32;

    /** The words of each class list seen on this page; pages repeat the same few lists on many elements. */
    private final Map<String, Integer> classWords = new HashMap<>();

    /** What {@code e}'s names say. One instance serves one page. */
    Hint of(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return Hint.NONE;
        }
        String id = e.id();
        int words = classWords.computeIfAbsent(e.className(), ElementNames::words) | (id.isEmpty() ? 0 : words(id));
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if ((words & DISCUSSION) != 0 || itemprop.equals("comment")) {
            return Hint.DISCUSSION;
        }
        if (tag.equals("article") || tag.equals("main")) {
            return (words & CHROME) != 0 ? Hint.CHROME : Hint.CONTENT;
        }
        if ((words & EMBED) != 0 && (words & SOCIAL) != 0) {
            return Hint.NONE;
        }
        if (CHROME_TAGS.contains(tag)) {
            return Hint.CHROME;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (CHROME_ROLES.contains(role)) {
            return Hint.CHROME;
        }
        if (itemprop.equals("articlebody") || itemprop.equals("text") || role.equals("main") || role.equals("article")) {
            return Hint.CONTENT;
        }
        if (itemprop.equals("author") || itemprop.equals("publisher") || (words & CHROME) != 0) {
            return Hint.CHROME;
        }
        if ((words & CONTENT) != 0) {
            return Hint.CONTENT;
        }
        return (words & SIDE) != 0 ? Hint.CHROME : Hint.NONE;
    }

    /**
     * Which kinds of words a class or id list holds, split into lower-case words at separators and camel-case
     * humps. A class that states a layout option rather than a role ("has-sidebar", "with-ads",
     * "no-comments") says nothing about the element's own text and is skipped.
     */
    private static int words(String names) {
        int found = 0;
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            if (i > start && !isLayoutOption(names, start, i)) {
                found |= tokenWords(names, start, i);
            }
        }
        return found;
    }

    /** "has-sidebar", "with_ads", "noComments": a class that states a layout option. */
    private static boolean isLayoutOption(String names, int start, int end) {
        for (String prefix : LAYOUT_OPTIONS) {
            int after = start + prefix.length();
            if (after < end && names.regionMatches(true, start, prefix, 0, prefix.length())) {
                char c = names.charAt(after);
                if (c == '-' || c == '_' || Character.isUpperCase(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int tokenWords(String names, int start, int end) {
        int found = 0;
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = start; i <= end; i++) {
            char c = i < end ? names.charAt(i) : ' ';
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (!Character.isLetter(c) || hump) {
                if (word.length() > 0) {
                    found |= kind(word.toString());
                }
                word.setLength(0);
            }
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        return found;
    }

    private static int kind(String word) {
        if (word.equals("social")) {
            return SOCIAL | CHROME;
        }
        return word.equals("embed") || word.equals("embedded") ? EMBED : DISCUSSION_WORDS.contains(word) ? DISCUSSION : CHROME_WORDS.contains(word) ? CHROME
                : SIDE_WORDS.contains(word) ? SIDE : CONTENT_WORDS.contains(word) ? CONTENT : 0;
    }
}
