package io.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the head of a pasted page says about its article: the headline, the outlet and the publication date.
 * The head is everything before the first paragraph of running prose.
 *
 * <ul>
 *   <li>The title is a headline-like line of the head (no sentence punctuation, three words or more, not a
 *       date, breadcrumb, widget, interface or photo-credit line). A line the page repeats, alone and inside a
 *       longer line (a breadcrumb or dateline glued to it), is preferred; otherwise the first. A line shown
 *       twice in a row is a caption and its copy, not a repeated headline.</li>
 *   <li>The source is the short line right after the title's first appearance, when it reads as the name of an
 *       outlet: a few capitalised words that start with "The" or contain a word outlets use in their names
 *       ("Daily", "News", "Times"...).</li>
 *   <li>The address is that of a head line holding only a web address, bare or labelled ("URL: https://...",
 *       "Source: https://..."), as people paste it above the text they copied.</li>
 *   <li>The publication date is the one a labelled dateline gives ("Published: 05 Dec. 2024"), else a date
 *       line that follows the title. Date lines above the title are the day's date widget and say nothing.</li>
 * </ul>
 * Anything not found is {@code null}.
 */
record PastedHeader(String title, String source, String url, String published) {

    private static final Set<String> OUTLET_WORDS = Set.of(
            "daily", "news", "times", "post", "herald", "journal", "tribune", "press", "agency", "media",
            "network", "gazette", "chronicle", "observer", "guardian", "telegraph", "express", "mail", "today",
            "weekly", "magazine", "review", "report", "reporter", "wire", "standard", "star", "sun", "insider",
            "monitor", "globe", "radio", "tv", "television", "broadcasting", "courier", "independent", "bulletin",
            "dispatch", "record", "register", "inquirer", "examiner", "online", "sentinel", "voice", "mirror",
            "economist", "business", "newspaper", "newswire", "channel", "nachrichten", "zeitung", "diario",
            "jornal", "gazeta", "noticias", "presse");

    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "for", "de", "du", "la", "le",
            "el", "des", "der", "die", "das", "di", "do", "da");

    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "(?i)(?:(?:source |original |article )?(?:url|link|address)|source|permalink)?\\s*[:=]?\\s*"
                    + "<?(https?://[^\\s<>\"]+)>?");

    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]*|[\\p{Lu}]{2,}");

    static PastedHeader of(List<Block> blocks) {
        int head = 0;
        while (head < blocks.size() && !TextBoilerplate.isProse(blocks.get(head))) {
            head++;
        }
        if (head == blocks.size()) {
            return new PastedHeader(null, null, null, null);
        }
        String title = title(blocks, head);
        int at = title == null ? -1 : firstHolding(blocks, head, TextBoilerplate.key(title));
        String source = at >= 0 && at + 1 < head && isOutletName(blocks.get(at + 1).text())
                ? blocks.get(at + 1).text() : null;
        return new PastedHeader(title, source, address(blocks, head), published(blocks, head, at));
    }

    private static String address(List<Block> blocks, int head) {
        for (int i = 0; i < head; i++) {
            Matcher m = ADDRESS_LINE.matcher(blocks.get(i).text().strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String title(List<Block> blocks, int head) {
        String first = null;
        for (int i = 0; i < head; i++) {
            String t = blocks.get(i).text();
            if (!isTitleCandidate(t)) {
                continue;
            }
            if (first == null) {
                first = t;
            }
            String k = TextBoilerplate.key(t);
            for (int j = 0; j < head; j++) {
                String other = blocks.get(j).key();
                boolean captionTwice = Math.abs(i - j) == 1 && other.equals(k);
                if (j != i && other.contains(k) && !captionTwice) {
                    return t;
                }
            }
        }
        return first;
    }

    private static boolean isTitleCandidate(String t) {
        int words = TextMeasures.words(t);
        return words >= 3 && words <= 30 && !TextMeasures.endsLikeSentence(t.replaceAll("[?!]+$", ""))
                && !t.endsWith(".") && TextMeasures.letterShare(t) >= 0.6
                && !PageChrome.isInterfaceLine(t) && !PageChrome.isPrompt(t) && !PageChrome.isListLabel(t)
                && !PageChrome.isTagLine(t) && !PageChrome.isBreadcrumb(t) && !PageChrome.isWidget(t)
                && !PageChrome.hasPhotoCredit(t) && !PageChrome.CREDIT_LABEL.matcher(t).find()
                && !ADDRESS_LINE.matcher(t.strip()).matches();
    }

    private static int firstHolding(List<Block> blocks, int head, String key) {
        for (int i = 0; i < head; i++) {
            if (blocks.get(i).key().contains(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String published(List<Block> blocks, int head, int titleAt) {
        for (int i = 0; i < head; i++) {
            String date = Dates.labeledPublication(blocks.get(i).text());
            if (date != null) {
                return date;
            }
        }
        for (int i = titleAt + 1; titleAt >= 0 && i < head; i++) {
            String t = blocks.get(i).text();
            if (PageChrome.isDateLine(t)) {
                return Dates.isoDate(t);
            }
        }
        return null;
    }

    /** "The Daily Planet", "Korea Evening News", "ABC": a few capitalised words that name an outlet. */
    static boolean isOutletName(String t) {
        if (t.length() > 50 || t.chars().anyMatch(Character::isDigit) || TextMeasures.endsLikeSentence(t)
                || t.toLowerCase(Locale.ROOT).startsWith("by ") || PageChrome.isInterfaceLine(t)) {
            return false;
        }
        String[] words = t.strip().split("\\s+");
        if (words.length > 6) {
            return false;
        }
        boolean outletWord = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (CONNECTORS.contains(lower)) {
                continue;
            }
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
            outletWord |= OUTLET_WORDS.contains(lower.replaceAll("[^\\p{L}]", ""));
        }
        boolean acronym = words.length == 1 && words[0].matches("\\p{Lu}{2,6}");
        return outletWord || acronym || words.length >= 2 && words[0].equals("The");
    }
}
