package io.newsdigest.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
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
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
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

    private static String date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
