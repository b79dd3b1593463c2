package io.newsdigest.quantity;

import io.newsdigest.text.Stopwords;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Token;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a count counts and what happened to it, as the anchor {@code noun/event} of a
 * {@link Dimension#COUNT}. The noun is the first content word within four words after the number, past modifiers
 * ("more", "confirmed") and participles, moved on to the last of a compound ("16 rescue teams", "eight helicopter
 * passengers"); people of every sort are {@code person}. The event is the nearest word saying what happened
 * ("killed", "missing", "evacuated"): after the count within six words, before it within ten, never across a
 * sentence end nor, looking back, across a verb of having ("the city had 100,000 inhabitants"). A noun that is
 * itself an event ("5,300 dead") counts people; "632 lives" and "people lost their lives" count the killed; bodies
 * ("eight bodies", "the bodies of four people") are counted as found, never as the toll. Counted people who left
 * somewhere ("almost 2,000 people had left the flooded area", "300 residents left their homes") are counted as
 * evacuated, as those who fled are: the count is the subject of "left" and a place follows it, which a count of
 * what remains ("five seats left", "12 people were left behind") does not have.
 */
final class Counts {

    private static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "person", "civilians", "civilian",
            "individuals", "victims", "others", "residents", "adults", "men", "women");

    private static final Set<String> MODIFIERS = Set.of("more", "other", "additional", "further", "extra", "new",
            "of", "the", "their", "its", "his", "her", "our", "young", "old", "small", "large", "big",
            "major", "minor", "separate", "different", "total", "known", "confirmed", "reported", "suspected");

    /** Verbs of having: a count they govern is a size ("had 100,000 inhabitants"), not a toll. */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had",
            "been", "remain", "remained");
    private static final Set<String> HAVING = Set.of("had", "has", "have", "having");
    /** Words before "left" that make it a passive ("were left behind"): what remains, not who went. */
    private static final Set<String> PASSIVE = Set.of("were", "was", "are", "is", "be", "been", "being", "get",
            "got", "gets");
    /** Function words that may open the place someone left ("left their homes", "left the city"). */
    private static final Set<String> PLACE_OPENERS = Set.of("the", "their", "his", "her", "its", "our", "this",
            "that", "these", "those");
    /** How far after a count its verb of leaving may come: "2,000 more people have left". */
    private static final int LEFT_WITHIN = 4;

    /** Concepts that say what happened to the people counted. */
    private static final Set<String> EVENT_WORDS = Set.of("kill", "injure", "missing", "arrest", "evacuate",
            "rescue", "hospital", "survive", "survivors", "infected", "cases", "deported", "displaced", "trapped",
            "jailed", "charged", "fired", "laid", "sacked", "hired", "affected", "stranded", "homeless");

    private final Set<String> eventKeys = new TreeSet<>();
    private final Set<String> personKeys = new TreeSet<>();
    /** Bodies are counted as found or recovered, never as the toll. */
    private final String bodiesKey;
    private final String killKey;
    private final String evacuateKey;

    /** @param analyzer the analyzer that made the concept keys of the sentences to read */
    Counts(TermAnalyzer analyzer) {
        for (String w : EVENT_WORDS) {
            eventKeys.add(analyzer.key(w, false));
        }
        for (String w : PERSON_NOUNS) {
            personKeys.add(analyzer.key(w, false));
        }
        bodiesKey = analyzer.key("bodies", false);
        killKey = analyzer.key("killed", false);
        evacuateKey = analyzer.key("evacuated", false);
    }

    /**
     * Emits the count lo..hi stated by tokens s..e, its noun looked for from token {@code nounFrom} on, with the
     * qualifiers around it.
     */
    void read(SentencePass p, double lo, double hi, int s, int e, int nounFrom) {
        String noun = "";
        int nounToken = -1;
        int j = nounFrom;
        for (int steps = 0; j < p.size() && steps < 4; j++, steps++) {
            Token t = p.token(j);
            if (!t.isWord()) {
                break;
            }
            if (MODIFIERS.contains(t.norm())) {
                continue;
            }
            if (p.key(j) == null) {
                break;
            }
            if (t.norm().endsWith("ed") || t.norm().endsWith("ing")) {
                continue;
            }
            noun = p.key(j);
            nounToken = j;
            // "16 rescue teams", "eight dead bodies", "eight helicopter passengers": the last noun is counted;
            // people are never a modifier ("400 residents left", not a count of "left")
            for (int shift = 0; shift < 2 && nounToken + 1 < p.size() && !personKeys.contains(noun); shift++) {
                Token next = p.token(nounToken + 1);
                String nk = p.key(nounToken + 1);
                if (!next.isWord() || nk == null || next.capitalized() || Stopwords.isStopword(next.norm())
                        || eventKeys.contains(nk) || next.norm().endsWith("ed") || next.norm().endsWith("ing")
                        || Units.ofWord(next.norm()) != null) {
                    break;
                }
                nounToken++;
                noun = nk;
            }
            break;
        }
        if (s >= 2 && p.token(s - 1).norm().equals("of") && bodiesKey.equals(p.key(s - 2))) {
            noun = bodiesKey; // "the bodies of four people"
        }
        String event = bodiesKey.equals(noun) ? "" : nearestEvent(p, s, e);
        if (eventKeys.contains(noun)) {
            // "2,012 fatalities", "5,300 dead": the noun is what happened to the people counted
            event = noun;
            noun = "person";
        } else if (nounToken >= 0 && p.token(nounToken).norm().equals("lives")
                || event.isEmpty() && livesLostAfter(p, e)) {
            // "632 lives", "1,000 people lost their lives"
            event = killKey;
            noun = "person";
        }
        if (personKeys.contains(noun) || (noun.isEmpty() && !event.isEmpty())) {
            noun = "person";
        }
        String anchor = noun + "/" + event;
        double v = (lo + hi) / 2;
        if (lo == hi) {
            Qualifiers.apply(p, Dimension.COUNT, "", "", v, Double.NaN, 0, s, e, anchor);
        } else {
            Qualifiers.apply(p, Dimension.COUNT, "", "", lo, hi, 0, s, e, anchor);
        }
    }

    /** Whether the count is the subject of a verb that follows it: "two were taken", "14 people have been". */
    private static boolean isSubject(SentencePass p, int e) {
        for (int k = e + 1; k < p.size() && k <= e + 3; k++) {
            if (AUXILIARIES.contains(p.token(k).norm())) {
                return true;
            }
            if (!p.token(k).isWord() || Stopwords.isStopword(p.token(k).norm())) {
                return false; // "500 people and has more trapped": another clause
            }
        }
        return false;
    }

    /** Whether "lives" follows within a few words of a count, as in "1,000 people have lost their lives". */
    private static boolean livesLostAfter(SentencePass p, int e) {
        for (int k = e + 1; k < p.size() && k <= e + 6; k++) {
            if (p.endsSentence(k)) {
                return false;
            }
            if (p.token(k).norm().equals("lives")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the count at ..e is the subject of "left" with a place after it: "2,000 people had left the flooded
     * area", not "five seats left" nor "12 were left behind".
     */
    private static boolean leftSomewhere(SentencePass p, int e) {
        for (int k = e + 1; k < p.size() - 1 && k <= e + LEFT_WITHIN && !p.endsSentence(k); k++) {
            Token t = p.token(k);
            if (!t.isWord()) {
                return false;
            }
            if (t.norm().equals("left")) {
                Token next = p.token(k + 1);
                return !PASSIVE.contains(p.token(k - 1).norm()) && next.isWord()
                        && (!Stopwords.isStopword(next.norm()) || PLACE_OPENERS.contains(next.norm()));
            }
        }
        return false;
    }

    /** The nearest event word around the count at s..e, or empty (see the class contract). */
    private String nearestEvent(SentencePass p, int s, int e) {
        if (leftSomewhere(p, e)) {
            return evacuateKey;
        }
        if (isSubject(p, e)) {
            // "two were taken to hospital": what a counted subject underwent follows it
            for (int k = e + 1; k < p.size() && k <= e + 6 && !p.endsSentence(k); k++) {
                if (p.key(k) != null && eventKeys.contains(p.key(k))) {
                    return p.key(k);
                }
            }
        }
        boolean forward = true;
        boolean back = true;
        for (int dist = 1; dist <= 10 && (forward || back); dist++) {
            int after = e + dist;
            if (forward && dist <= 6 && after < p.size()) {
                if (p.endsSentence(after)) {
                    forward = false;
                } else if (p.key(after) != null && eventKeys.contains(p.key(after))) {
                    return p.key(after);
                }
            }
            int before = s - dist;
            if (back && before >= 0) {
                String w = p.token(before).norm();
                if (p.endsSentence(before) || HAVING.contains(w)) {
                    back = false; // "the city had 100,000 inhabitants": what came before is not what they counted
                } else if (p.key(before) != null && eventKeys.contains(p.key(before))) {
                    return p.key(before);
                }
            }
        }
        return "";
    }
}
