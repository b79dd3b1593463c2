package io.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line of page chrome by its own text, whatever page it came from: buttons and labels made of
 * interface words, prompts to log in, comment or subscribe, breadcrumbs, date and weather widgets, labels that
 * open a list of other headlines, tag lines and photo credits. These are general cues of how web pages are
 * built; none names a site.
 */
final class PageChrome {

    /** Words that appear alone, or only with each other, as buttons, tabs and labels. */
    private static final Set<String> UI_WORDS = Set.of(
            "close", "open", "menu", "search", "share", "shares", "shared", "print", "email", "e-mail", "mail",
            "comment", "comments", "reply", "replies", "subscribe", "unsubscribe", "sign", "signin", "log",
            "login", "logout", "register", "in", "up", "out", "advertisement", "advertising", "ad", "ads",
            "sponsored", "skip", "to", "content", "main", "read", "more", "see", "show", "less", "all", "view",
            "next", "previous", "prev", "back", "top", "home", "tags", "tag", "topics", "related", "loading",
            "dictionary", "translate", "listen", "audio", "font", "size", "text", "zoom", "bookmark", "save",
            "copy", "link", "rss", "feed", "gift", "article", "play", "pause", "video", "videos", "photo",
            "photos", "gallery", "expand", "collapse", "toggle", "follow", "like", "tweet", "pin", "facebook",
            "twitter", "x", "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "flipboard", "messenger",
            "a", "the", "this", "story", "icon", "image", "lock", "help", "social", "on", "of", "and", "or",
            "news", "latest", "now", "live", "watch", "newsletter", "newsletters", "account", "profile",
            "settings", "notifications", "cancel", "ok", "submit", "send", "post", "continue", "reading",
            "min", "minute", "minutes", "page", "click", "here", "tap", "enlarge", "caption", "hide",
            "edition", "sections", "section", "report", "error", "correction", "feedback", "contact", "us");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /**
     * Prompts and notices, matched in lower case where a word starts; each opens as {@link WordStartPatterns}
     * needs.
     */
    static final List<String> PROMPTS = List.of(
            "(?:sign|log) ?(?:in|on|up)\\b.{0,60}\\b(?:comment|share|account|continue|read|connect|discussion)",
            "to (?:write|post|leave|add|read) (?:a |your )?comments?\\b", "no comments(?: yet)?\\b",
            "be the first to (?:comment|share|reply|review)", "join the (?:discussion|conversation|debate)\\b",
            "(?:write|leave|post|add) (?:a |your )?(?:comment|reply)s?\\b", "comments? (?:are|is) closed\\b",
            "(?:show|view) comments\\b", "comment policy\\b", "community (?:guidelines|standards)\\b",
            "(?:subscribe|sign up|register) (?:to|for|now)\\b", "newsletter\\b", "in your inbox\\b",
            "we use cookies\\b", "cookie (?:policy|settings|preferences)\\b", "accept (?:all )?cookies\\b",
            "all rights reserved\\b", "copyright (?:©|\\d{4})",
            "click here\\b", "download (?:our|the) app\\b", "enable javascript\\b", "javascript (?:is )?disabled",
            "your browser\\b.{0,40}\\bsupport", "follow us (?:on|at)\\b", "share (?:this|on|via)\\b",
            "(?:continue|keep) reading\\b", "(?:story|article) continues below\\b",
            "scroll (?:down )?to continue\\b", "already a (?:subscriber|member)\\b",
            "create (?:an|a free) account\\b", "subscribers? only\\b", "unlimited (?:digital )?access\\b",
            "listen to (?:this|the) (?:article|story)\\b",
            "\\d+\\s*min(?:ute)?s? read\\b", "reading time\\b", "filed under\\b", "posted in\\b",
            "report (?:an? )?(?:error|typo|correction)\\b", "send (?:us )?(?:a )?(?:tip|feedback)\\b",
            "terms of (?:use|service)\\b", "privacy policy\\b");

    private static final WordStartPatterns PROMPT_PATTERNS = new WordStartPatterns(PROMPTS);

    /** Notices that open a line: a wire's credit line ("Reporting by ..."), a labelled link ("READ MORE: ..."). */
    private static final Pattern LINE_OPENING_PROMPT = Pattern.compile(
            "\\W*(?:(?:additional )?(?:reporting|writing|editing) by\\b"
            + "|(?:read more|read also|also read|see also|related|recommended|watch|listen|more)\\s*[:|])");

    /** A label that opens a list of other articles' headlines. */
    private static final Pattern LIST_LABEL = Pattern.compile("(?i)^[\\p{Z}\\W]*("
            + "(more|latest|top|other) (in|from|on|about|news|stories|articles|headlines)\\b.{0,40}"
            + "|(?:\\p{L}++ ?){0,3}: (latest|more|top) (news|stories|articles|headlines)"
            + "|(latest|top|popular|trending|recommended|related|featured|recent|similar|other|more) "
            + "(news|stories|articles|posts|headlines|videos|reads|links|coverage|content)( for you)?"
            + "|related( (article|story|news|link|topic|topics|coverage|reading))?|see also|read (more|also|next)"
            + "|also read|also on \\S+( \\S+){0,2}|you (may|might) (also )?(like|enjoy|be interested in)"
            + "|recommended( for you)?|most (read|popular|viewed|shared|watched|commented)"
            + "|trending( now)?|editor'?s'? (picks|choice)|further reading|in other news|what to read next"
            + "|don'?t miss|must read|up next|next up|(tags?|topics|keywords|filed under)"
            + ")[\\p{Z}\\W]*$");

    private static final Pattern TAG_LINE = Pattern.compile("(?i)^(tags?|topics|keywords|categories|filed under)\\b[:\\s].*");

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:[>/|»›→]|::|>>)\\s+|[»›]");

    private static final Pattern TEMPERATURE = Pattern.compile("-?\\d{1,3}\\s?°\\s?[CF]?\\b");

    private static final Pattern COUNTER = Pattern.compile("\\(\\d+\\s*/\\s*\\d+");

    private static final Pattern CREDIT_WORD = Pattern.compile(
            "(?i)\\b(photo|image|picture|credit|illustration|file)s?\\b");

    /** "Photo: ...", "Image credit: ...", "Photograph by ..." anywhere in a line. */
    static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?i)\\b(photo|photograph|image|picture|illustration)s?(?: credit)?(?:\\s*[:/|]|\\s+by\\b)");

    private static final Pattern CREDIT_OPENING = Pattern.compile(
            "(?i)(photo|image|picture|credit|illustration)s?( credit)?\\s*[:/|]");

    /** Words one of which every list label holds. */
    private static final List<String> LABEL_STEMS = List.of(
            "more", "latest", "top", "other", "related", "see", "read", "also", "you", "recommend", "most",
            "trend", "editor", "further", "news", "what", "miss", "must", "next", "tag", "topic", "keyword",
            "filed", "stories", "articles", "posts", "headlines", "videos", "popular", "featured", "recent",
            "similar");

    private PageChrome() {
    }

    /** A short line made only of interface words: "Share", "Print dictionary print", "Loading...". */
    static boolean isInterfaceLine(String text) {
        if (text.length() > 60
                || TextMeasures.endsLikeSentence(text) && !text.endsWith("...") && !text.endsWith("…")) {
            return false;
        }
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        while (m.find()) {
            words++;
            if (words > 6 || !UI_WORDS.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A prompt to log in, comment, subscribe or accept cookies; a copyright notice; a wire's credit line
     * ("Reporting by ..."); a labelled link to another story ("READ MORE: ...").
     */
    static boolean isPrompt(String text) {
        if (text.length() >= 220) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('©') >= 0 || LINE_OPENING_PROMPT.matcher(lower).lookingAt()) {
            return true;
        }
        return PROMPT_PATTERNS.find(lower);
    }

    /** "More in Politics", "Related stories", "Tags": a label after which other headlines follow. */
    static boolean isListLabel(String text) {
        if (text.length() >= 60) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : LABEL_STEMS) {
            if (lower.contains(stem)) {
                return LIST_LABEL.matcher(text).matches();
            }
        }
        return false;
    }

    /** "Tags: economy, trade" or "Topics Korea Russia": a line listing the page's tags. */
    static boolean isTagLine(String text) {
        return text.length() < 200 && !TextMeasures.endsLikeSentence(text) && TAG_LINE.matcher(text).matches();
    }

    /** "Home > World > Asia": short segments joined by separators, no sentence in sight. */
    static boolean isBreadcrumb(String text) {
        if (text.length() > 120 || TextMeasures.endsLikeSentence(text)) {
            return false;
        }
        String[] parts = BREADCRUMB_SEPARATOR.split(text);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (TextMeasures.words(p) > 5 || TextMeasures.commas(p) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A breadcrumb that cannot be a "Section | Headline" title: three steps or more, or a first step such as
     * "Home".
     */
    static boolean isNavigationTrail(String text) {
        if (!isBreadcrumb(text)) {
            return false;
        }
        String[] parts = BREADCRUMB_SEPARATOR.split(text);
        return parts.length >= 3 || isInterfaceLine(parts[0].strip());
    }

    /** A line that can never be an article's title: a navigation trail, a date line, interface words. */
    static boolean cannotBeTitle(String text) {
        return isNavigationTrail(text) || isDateLine(text) || isInterfaceLine(text)
                || TextMeasures.letterShare(text) < 0.5;
    }

    /**
     * A widget line: the day's date, the weather, a character counter, or a line that is mostly not letters
     * ("12° Paris", "Friday 19th July 2024", "(0/250)", "-").
     */
    static boolean isWidget(String text) {
        if (text.length() > 80) {
            return false;
        }
        if (TextMeasures.letterShare(text) < 0.5 || COUNTER.matcher(text).find()) {
            return true;
        }
        if (text.indexOf('°') >= 0 && TEMPERATURE.matcher(text).find() && TextMeasures.words(text) <= 4) {
            return true;
        }
        return isDateLine(text);
    }

    /** A line that is a date (maybe with a weekday, a time or a label such as "Published:") and nothing else. */
    static boolean isDateLine(String text) {
        if (text.length() > 80 || !hasYear(text)) {
            return false; // every date pattern holds four digits in a row
        }
        String rest = Dates.withoutDates(text);
        if (rest.length() == text.length()) {
            return false;
        }
        return TextMeasures.words(Dates.withoutTimeWords(rest)) <= 1;
    }

    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) >= '0' && text.charAt(i) <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** A photo credit closing a caption ("... on June 19. [NEWS AGENCY]") or opening one ("Photo: ..."). */
    static boolean hasPhotoCredit(String text) {
        if (text.length() >= 600) {
            return false;
        }
        String t = text.strip();
        if (t.endsWith("]")) {
            int open = t.lastIndexOf('[');
            String inner = open < 0 ? "" : t.substring(open + 1, t.length() - 1);
            return inner.length() >= 2 && inner.length() <= 60 && inner.equals(inner.toUpperCase(Locale.ROOT))
                    && TextMeasures.letterShare(inner) > 0.5;
        }
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            return open >= 0 && t.length() - open <= 100 && CREDIT_WORD.matcher(t.substring(open)).find();
        }
        return CREDIT_OPENING.matcher(t).lookingAt();
    }
}
