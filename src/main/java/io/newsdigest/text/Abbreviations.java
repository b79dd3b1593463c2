package io.newsdigest.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The small, fixed list of common English abbreviations the splitter knows before it reads a text, each
 * with the way it behaves before a capitalised word. Everything else is judged from its shape (initials,
 * "U.S."-like letter groups) or learned from the text itself ({@link AbbreviationEvidence}).
 *
 * <ul>
 *   <li>{@link Kind#TITLE}: stands before a name ("Mr.", "Dr.", "Gen.", "Sen.", "Gov.", "Mt.", "St.") and so
 *       never ends a sentence. "St.", "Dr." and "Ft." after a capitalised word or a number are street and
 *       place suffixes ("Main St.") and behave as {@link Kind#TRAILING}.</li>
 *   <li>{@link Kind#BEFORE_NUMBER}: "No.", "Vol.", "pp.", "Art.", "Fig." keep their period only before a
 *       number ("No. 3"); elsewhere they are ordinary words ("He said no.").</li>
 *   <li>{@link Kind#MONTH}: "Jan." to "Dec." never end a sentence before a day number ("Dec. 5").</li>
 *   <li>{@link Kind#TRAILING}: follow what they belong to ("Inc.", "Co.", "Ltd.", "Jr.", "etc.", US state
 *       abbreviations such as "Calif."); they end a sentence only when the next word is a usual sentence
 *       opener ({@link SentenceStarters}).</li>
 * </ul>
 * Entries written here in lower case match in any case ("co." and "Co."); capitalised entries (months,
 * states) match only capitalised, so "ill." and "mass." stay ordinary words.
 */
final class Abbreviations {

    enum Kind { TITLE, BEFORE_NUMBER, MONTH, TRAILING }

    private static final Map<String, Kind> ANY_CASE = new HashMap<>();
    private static final Map<String, Kind> CAPITALISED = new HashMap<>();

    static {
        any(Kind.TITLE, "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "lt", "col", "maj", "capt",
                "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "gov", "sen", "sens", "rep", "reps", "rev", "fr",
                "msgr", "hon", "rt", "pres", "supt", "insp", "det", "atty", "sec", "mt", "ft", "st", "vs");
        any(Kind.BEFORE_NUMBER, "no", "nos", "n\u00B0", "n\u00BA", "vol", "vols", "pp", "art", "arts", "fig",
                "figs", "ch", "chap", "secs", "para", "pt", "op", "ext", "tel", "rm", "apt", "ste", "rte",
                "hwy", "est", "ca", "approx");
        any(Kind.TRAILING, "inc", "corp", "co", "cos", "ltd", "bros", "jr", "sr", "esq", "etc", "al", "assn",
                "dept", "univ", "ave", "blvd", "rd", "pkwy", "govt", "intl", "natl", "mfg", "cf", "viz", "lbs",
                "oz", "hrs", "mins");
        capitalised(Kind.MONTH, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                "Dec");
        capitalised(Kind.TRAILING, "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
                "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
                "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wisc",
                "Wyo", "Alta", "Ont", "Que", "Sask");
    }

    private Abbreviations() {
    }

    private static void any(Kind kind, String... words) {
        for (String w : words) {
            ANY_CASE.put(w, kind);
        }
    }

    private static void capitalised(Kind kind, String... words) {
        for (String w : words) {
            CAPITALISED.put(w, kind);
        }
    }

    /** The kind of a token written before a period (without the period), or {@code null} if unknown. */
    static Kind kindOf(String token) {
        if (token.length() > 7) {
            return null;
        }
        Kind k = CAPITALISED.get(token);
        return k != null ? k : ANY_CASE.get(token.toLowerCase(Locale.ROOT));
    }

    /** "St.", "Dr.", "Ft.": a title before a name, a suffix after a street or place name. */
    static boolean isAlsoPlaceSuffix(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.equals("st") || t.equals("dr") || t.equals("ft");
    }

    /**
     * True for letter groups joined by periods such as "U.S", "U.S.A", "e.g", "a.m", "Ph.D", "D.C": every
     * group one or two letters, at least two groups (the final period not included).
     */
    static boolean isLetterGroups(CharSequence s, int from, int to) {
        int groups = 0;
        int len = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (len == 0) {
                    return false;
                }
                groups++;
                len = 0;
            } else if (Character.isLetter(c)) {
                if (++len > 2) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return len > 0 && groups >= 1;
    }
}
