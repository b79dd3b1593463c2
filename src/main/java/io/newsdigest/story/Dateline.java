package io.newsdigest.story;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire-style report opens its first sentence with: the place ("DERNA, Libya —", "JERUSALEM:"),
 * the agency ("WASHINGTON (Reuters) –", "(CNN) —", "Tehran, (Agency - 20th May, 2024)") or the date
 * ("Thursday, October 19, 2023 –"). It says where and when the report was filed, not what happened, so a fact
 * or a headline worded by that sentence starts after it. Only a prefix that cannot be prose is taken: capitalized
 * words with a comma, a bracket or in capitals before a dash, capitals before a colon, or a date before a dash;
 * and what follows must start a sentence.
 */
final class Dateline {

    private static final String NEXT = "(?=[\\p{Lu}\"“‘'])";
    private static final String WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
    private static final String DASH = "(?:\\s*[—–]\\s*|\\s+-\\s+)";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

    private static final List<Pattern> PREFIXES = List.of(
            // "(CNN) — ", "(AP) "
            Pattern.compile("^\\(" + WORD + "(?:[ &/]" + WORD + "){0,3}\\)" + DASH + "?" + NEXT),
            // "Derna, Libya — ", "WASHINGTON (Reuters) – ", "KYIV, Ukraine (AP) — "
            Pattern.compile("^" + WORD + "(?: " + WORD + "){0,2}(?:,(?: " + WORD + "){1,3}(?: \\([^()]{1,40}\\))?"
                    + "| \\([^()]{1,40}\\))" + DASH + NEXT),
            // "JERUSALEM: ", "NEW DELHI — "
            Pattern.compile("^\\p{Lu}{2,}(?:[ \\-]\\p{Lu}{2,}){0,2}(?::\\s*|" + DASH + ")" + NEXT),
            // "Tehran, (Agency / Paper - 20th May, 2024) "
            Pattern.compile("^" + WORD + "(?: " + WORD + ")?, \\([^()]{3,80}\\)\\s+" + NEXT),
            // "Thursday, October 19, 2023 – ", "19 October 2023 — "
            Pattern.compile("^(?:" + WEEKDAY + ",? )?(?:" + MONTH + " \\d{1,2},? \\d{4}|\\d{1,2} " + MONTH
                    + ",? \\d{4})" + DASH + NEXT));

    /** Fewer words than this after a would-be dateline: the line is something else, kept whole. */
    private static final int MIN_WORDS_AFTER = 4;

    private Dateline() {
    }

    /** {@code sentence} without the dateline it opens with, or unchanged when it has none. */
    static String strip(String sentence) {
        for (Pattern p : PREFIXES) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                String rest = sentence.substring(m.end());
                return rest.strip().split("\\s+").length >= MIN_WORDS_AFTER ? rest : sentence;
            }
        }
        return sentence;
    }
}
