package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is blamed: sources that lay the same event at different doors ("Kyiv accused Russian forces of blowing up
 * the dam" against "Moscow blamed the destruction on Ukrainian forces"; "caused by an Israeli air strike"
 * against "a rocket misfired by Islamic Jihad"). A statement blames an agent, a named party, where a verb of
 * blame or cause names it: after "blamed", "accused" or "blamed ... on", after "by" behind a verb of causing
 * ("destroyed by", "caused by", "fired by"), or before an active verb of causing ("Russian forces blew up",
 * "Islamic Jihad fired"). Agents are the same when their names share a word (by stem prefix: "Israel" and
 * "Israeli"), transitively. The accuser is never the agent. Each agent that two sources or more blame is a side
 * (the four blamed by most); two sides make a conflict.
 */
final class BlameConflicts implements ConflictDetector {

    /** Verbs of blame: the agent follows them ("blamed Russia", "accused the army of", "blamed it on Kyiv"). */
    private static final Set<String> BLAME = Set.of("blame", "blamed", "blames", "blaming", "accuse", "accused",
            "accuses", "accusing", "held", "holds", "faulted", "faults");
    /** Verbs of causing: passive ("destroyed by X") puts the agent after "by", active puts it before. */
    private static final Set<String> CAUSE = Set.of("caused", "causes", "destroyed", "destroys", "fired", "fires",
            "launched", "launches", "misfired", "blew", "blown", "blows", "shelled", "shot", "downed", "bombed",
            "struck", "attacked", "triggered", "detonated", "sabotaged", "hit");
    /** Capitalised words that never name a party: the calendar. */
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** How many words after a verb of blame the agent may stand ("blamed the destruction of the dam on Kyiv"). */
    private static final int REACH = 6;
    /** How many words before an active verb of causing its subject may stand ("Russian forces had blown"). */
    private static final int SUBJECT_REACH = 3;
    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        return NamedSides.find(reading, BlameConflicts::frame, BlameConflicts::sameAgent, "blame", "Who is blamed: ",
                2.5);
    }

    /** The agent one statement blames, or null. */
    private static NamedSides.Naming frame(Statement s) {
        List<Token> tokens = s.sentence().tokens();
        String[] keys = new String[tokens.size()];
        for (Term t : s.sentence().terms()) {
            keys[t.token()] = t.key();
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            int at = -1;
            if (BLAME.contains(w)) {
                at = nameAfter(s, tokens, keys, i + 1);
            } else if (w.equals("by") && i > 0 && causeBefore(tokens, i)) {
                at = nameAfter(s, tokens, keys, i + 1);
            } else if (CAUSE.contains(w) && (i + 1 >= tokens.size() || !tokens.get(i + 1).norm().equals("by"))) {
                at = nameBefore(s, tokens, keys, i - 1);
            }
            if (at >= 0) {
                return agentAt(s, tokens, keys, at);
            }
        }
        return null;
    }

    private static boolean causeBefore(List<Token> tokens, int by) {
        for (int k = by - 1; k >= 0 && k >= by - 3; k--) {
            if (CAUSE.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(Statement s, List<Token> tokens, String[] keys, int k) {
        return keys[k] != null && tokens.get(k).capitalized() && s.names().contains(keys[k])
                && !CALENDAR.contains(tokens.get(k).norm());
    }

    private static int nameAfter(Statement s, List<Token> tokens, String[] keys, int from) {
        for (int k = from; k < tokens.size() && k < from + REACH; k++) {
            if (tokens.get(k).isClauseBreak()) {
                return -1;
            }
            if (isName(s, tokens, keys, k)) {
                return k;
            }
        }
        return -1;
    }

    private static int nameBefore(Statement s, List<Token> tokens, String[] keys, int from) {
        for (int k = from; k >= 0 && k > from - SUBJECT_REACH; k--) {
            if (tokens.get(k).isClauseBreak()) {
                return -1;
            }
            if (isName(s, tokens, keys, k)) {
                return k;
            }
        }
        return -1;
    }

    /** The run of names around {@code at}: "Palestinian Islamic Jihad", "Russian". */
    private static NamedSides.Naming agentAt(Statement s, List<Token> tokens, String[] keys, int at) {
        int from = at;
        while (from > 0 && isName(s, tokens, keys, from - 1)) {
            from--;
        }
        int to = at;
        while (to + 1 < tokens.size() && isName(s, tokens, keys, to + 1)) {
            to++;
        }
        Set<String> agent = new TreeSet<>();
        List<String> written = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            agent.add(keys[k].toLowerCase(Locale.ROOT));
            written.add(tokens.get(k).text());
        }
        return new NamedSides.Naming(s, agent, String.join(" ", written));
    }

    /** Whether two agents share a name, by stem prefix ("israel" and "isra", "ukrain" and "ukrainia"). */
    static boolean sameAgent(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                String shorter = x.length() <= y.length() ? x : y;
                String longer = shorter == x ? y : x;
                if (shorter.length() >= 4 && longer.startsWith(shorter) || x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
