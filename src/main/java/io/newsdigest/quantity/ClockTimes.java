package io.newsdigest.quantity;

import java.util.Set;

/**
 * Reads times of day: "3:45", "15:45", "3:45 p.m.", "4 pm", "noon", "midday", "midnight", as a
 * {@link Dimension#CLOCK} interval in minutes after midnight. A time zone after it ("GMT", "local time") becomes
 * its unit; a qualifier before it widens it: "shortly before" or "just before" to 30 minutes earlier, "before"
 * or "by" to three hours earlier, "shortly after", "just after", "after" or "past" as far later, "about" to 20
 * minutes either way.
 */
final class ClockTimes {

    private static final Set<String> TIME_ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst",
            "cdt", "mst", "mdt", "pst", "pdt", "jst", "kst", "ist", "aest", "et", "pt", "ct");

    private static final Set<String> ABOUT = Set.of("about", "around", "approximately", "roughly", "circa",
            "nearly", "almost");

    private ClockTimes() {
    }

    /** Reads "noon", "midday" or "midnight" at i; false when the word is none of them. */
    static boolean readWord(SentencePass p, int i) {
        String w = p.norm(i);
        if (!w.equals("noon") && !w.equals("midday") && !w.equals("midnight")) {
            return false;
        }
        clock(p, w.equals("midnight") ? 0 : 720, i, i);
        return true;
    }

    /**
     * Reads the number at i as a time of day: hours and minutes with a colon (a number with a colon is taken
     * even when it is no time), or an hour from 1 to 12 followed by "am" or "pm"; false when it is neither.
     */
    static boolean readDigits(SentencePass p, int i) {
        String n = p.norm(i);
        if (n.contains(":")) {
            String[] hm = n.split(":");
            if (hm.length == 2 && hm[0].length() <= 2 && hm[1].length() == 2) {
                int h = Integer.parseInt(hm[0]);
                int m = Integer.parseInt(hm[1]);
                if (h <= 24 && m < 60) {
                    int e = i;
                    String ampm = p.norm(i + 1);
                    if (isAmPm(ampm)) {
                        h = to24(h, ampm);
                        e = i + 1;
                    }
                    clock(p, h * 60 + m, i, e);
                }
            }
            p.use(i);
            return true;
        }
        Integer hour = p.plainInt(i);
        if (hour != null && hour >= 1 && hour <= 12 && isAmPm(p.norm(i + 1))) {
            clock(p, to24(hour, p.norm(i + 1)) * 60.0, i, i + 1);
            return true;
        }
        return false;
    }

    private static void clock(SentencePass p, double minutes, int s, int e) {
        String tz = "";
        int k = e + 1;
        if (TIME_ZONES.contains(p.norm(k))) {
            tz = p.norm(k);
            e = k;
        } else if (p.norm(k).equals("local") && p.norm(k + 1).equals("time")) {
            tz = "local";
            e = k + 1;
        }
        double lo = minutes;
        double hi = minutes;
        String q1 = p.norm(s - 1);
        String q2 = p.norm(s - 2) + " " + q1;
        if (q2.equals("shortly before") || q2.equals("just before")) {
            lo = minutes - 30;
        } else if (q2.equals("shortly after") || q2.equals("just after")) {
            hi = minutes + 30;
        } else if (q1.equals("before") || q1.equals("by")) {
            lo = minutes - 180;
        } else if (q1.equals("after") || q1.equals("past")) {
            hi = minutes + 180;
        } else if (ABOUT.contains(q1)) {
            lo = minutes - 20;
            hi = minutes + 20;
        }
        p.emit(Dimension.CLOCK, tz, tz, lo, hi, "", s, e);
    }

    private static boolean isAmPm(String w) {
        return w.equals("a.m") || w.equals("p.m") || w.equals("am") || w.equals("pm");
    }

    private static int to24(int h, String ampm) {
        boolean pm = ampm.startsWith("p");
        if (h == 12) {
            return pm ? 12 : 0;
        }
        return pm ? h + 12 : h;
    }
}
