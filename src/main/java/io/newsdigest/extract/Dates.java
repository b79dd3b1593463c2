package io.newsdigest.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the calendar date out of the ways pages and uploaders write one; unknown stays {@code null}. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_STAMP = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}(T\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b("
            + "(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?|today|yesterday"
            + "|\\d{1,2}[:.]\\d{2}([:.]\\d{2})?\\s*([ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\b\\.?"
            + "|gmt|utc|e[sd]t|c[sd]t|m[sd]t|p[sd]t|kst|jst|ist|aest|aedt|hkt|sgt|msk|et|pt|cet|cest|bst"
            + "|published|posted|updated|last|first|modified|date|dated|on|at|released|issued|time)\\b");
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            "(?i)^\\W*(first )?(published|posted|date|dated|released|issued)( on| at)?\\b");
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        // spelled out rather than asked of the locale data, which costs a fresh process tens of milliseconds
        List<String> names = List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        for (Month m : Month.values()) {
            String full = names.get(m.ordinal());
            MONTHS.put(full, m);
            MONTHS.put(full.substring(0, 3), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private Dates() {
    }

    /** {@code YYYY-MM-DD} for the first date found in {@code text}, or {@code null}. */
    public static String isoDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
            return date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)).getValue(), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Month month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), month.getValue(), m.group(2));
            }
        }
        return null;
    }

    /** {@code text} with every full date (ISO, "5 June 2024", "June 5, 2024") cut out. */
    static String withoutDates(String text) {
        StringBuilder out = new StringBuilder(text);
        for (Pattern p : List.of(ISO_STAMP, DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
            Matcher m = p.matcher(out);
            StringBuilder next = new StringBuilder();
            int last = 0;
            while (m.find()) {
                if (p == ISO_STAMP || MONTHS.containsKey(m.group(p == DAY_MONTH_YEAR ? 2 : 1).toLowerCase(Locale.ROOT))) {
                    next.append(out, last, m.start()).append(' ');
                    last = m.end();
                }
            }
            next.append(out, last, out.length());
            out = next;
        }
        return out.toString();
    }

    /** {@code text} without weekdays, clock times, time zones and the labels datelines carry. */
    static String withoutTimeWords(String text) {
        return TIME_WORDS.matcher(text).replaceAll(" ");
    }

    /**
     * The date of a dateline that says it is the publication date ("Published: 05 Dec. 2024, 11:27",
     * "Posted on June 5, 2024"), or {@code null}; "Updated ..." lines do not count.
     */
    static String labeledPublication(String line) {
        if (line.length() > 100 || !PUBLICATION_LABEL.matcher(line).find()) {
            return null;
        }
        return isoDate(line);
    }

    private static String date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
