package io.newsdigest.quantity;

import io.newsdigest.text.Token;
import java.util.Map;
import java.util.Set;

/**
 * Reads the calendar: dates ("June 19", "Dec. 4, 2024", "19 June", "19 of June", "2024-06-19") as a
 * {@link Dimension#DATE} of {@code month * 100 + day}; a month alone ("June 2024", "in March") as the range of its
 * days; a capitalized weekday as a {@link Dimension#WEEKDAY}; and the year that follows a date, or a plain number
 * from 1500 to 2100, as a {@link Dimension#YEAR} ("the 1990s" is the decade). A month name with neither day nor
 * year counts only when it is a full name other than "May" and "March", or follows a word such as "in" or
 * "since".
 */
final class CalendarDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
            "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Words before a month name, written alone, that make it a month ("in March", "since May"). */
    private static final Set<String> BEFORE_A_MONTH = Set.of("in", "since", "until", "by", "early", "late", "mid",
            "last", "next", "this", "of");

    private CalendarDates() {
    }

    /** Whether a normalized word names a month ("june", "dec"). */
    static boolean isMonth(String norm) {
        return MONTHS.containsKey(norm);
    }

    /** Whether a normalized word names a day of the week. */
    static boolean isWeekday(String norm) {
        return WEEKDAYS.containsKey(norm);
    }

    /**
     * Reads a capitalized month name (with the day and year after it) or weekday at i; false when the word is
     * neither. No other reader reads a capitalized month name, whether or not it states a date.
     */
    static boolean readWord(SentencePass p, int i) {
        Token t = p.token(i);
        if (!t.capitalized()) {
            return false;
        }
        if (MONTHS.containsKey(t.norm())) {
            monthFirst(p, i);
            return true;
        }
        if (WEEKDAYS.containsKey(t.norm())) {
            int day = WEEKDAYS.get(t.norm());
            p.emit(Dimension.WEEKDAY, "", "", day, day, "", i, i);
            return true;
        }
        return false;
    }

    /**
     * Reads the number at i as the start of a date: "2024-06-19", or a day before a capitalized month ("19 June",
     * "19 of June") with the year after it; false when it starts none.
     */
    static boolean readDigits(SentencePass p, int i) {
        String n = p.norm(i);
        Integer small = p.plainInt(i);
        if (small != null && n.length() == 4 && p.norm(i + 1).equals("-") && p.isNum(i + 2)
                && p.norm(i + 2).length() == 2 && p.norm(i + 3).equals("-") && p.isNum(i + 4)) {
            Integer mo = p.plainInt(i + 2);
            Integer d = p.plainInt(i + 4);
            if (mo != null && d != null && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                p.emit(Dimension.DATE, "", "", mo * 100 + d, mo * 100 + d, "", i, i + 4);
                year(p, i);
                return true;
            }
        }
        if (small != null && small >= 1 && small <= 31 && n.length() <= 2) {
            int j = i + 1;
            if (p.norm(j).equals("of")) {
                j++;
            }
            Token mt = j < p.size() ? p.token(j) : null;
            if (mt != null && mt.isWord() && mt.capitalized() && MONTHS.containsKey(mt.norm())) {
                int month = MONTHS.get(mt.norm());
                p.emit(Dimension.DATE, "", "", month * 100 + small, month * 100 + small, "", i, j);
                yearAfter(p, j);
                return true;
            }
        }
        return false;
    }

    /** Emits a four-digit number with no unit at s..e as a year, or as a decade when "s" follows ("1990s"). */
    static void yearOrDecade(SentencePass p, double v, int s, int e) {
        boolean decade = p.norm(e + 1).equals("s") && v % 10 == 0;
        p.emit(Dimension.YEAR, "", "", v, decade ? v + 9 : v, "", s, decade ? e + 1 : e);
    }

    private static void monthFirst(SentencePass p, int i) {
        int month = MONTHS.get(p.norm(i));
        int j = i + 1;
        if (p.norm(j).equals(".")) {
            j++;
        }
        Integer day = p.plainInt(j);
        if (day != null && day >= 1 && day <= 31 && p.norm(j).length() <= 2) {
            p.emit(Dimension.DATE, "", "", month * 100 + day, month * 100 + day, "", i, j);
            yearAfter(p, j);
            return;
        }
        Integer y = p.plainInt(j);
        boolean months = p.norm(i).length() > 3 && !p.norm(i).equals("may") && !p.norm(i).equals("march");
        if (y != null && p.norm(j).length() == 4) {
            p.emit(Dimension.DATE, "", "", month * 100 + 1, month * 100 + 31, "", i, i);
            year(p, j);
        } else if (months || BEFORE_A_MONTH.contains(p.norm(i - 1))) {
            p.emit(Dimension.DATE, "", "", month * 100 + 1, month * 100 + 31, "", i, i);
        }
    }

    /** The year after the day at j, past a comma: "June 19, 2024". */
    private static void yearAfter(SentencePass p, int j) {
        int k = j + 1;
        if (p.norm(k).equals(",")) {
            k++;
        }
        year(p, k);
    }

    private static void year(SentencePass p, int k) {
        Integer y = p.plainInt(k);
        if (y != null && p.norm(k).length() == 4 && y >= 1500 && y <= 2100) {
            p.emit(Dimension.YEAR, "", "", y, y, "", k, k);
        }
    }
}
