package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Token;
import java.util.List;
import java.util.Set;

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

    /** The subject of blame conflicts: another detector's conflict over who is to blame repeats one of these. */
    static final String SUBJECT = "blame";

    /** Verbs of blame: the agent follows them ("blamed Russia", "accused the army of", "blamed it on Kyiv"). */
    private static final Set<String> BLAME = Set.of("blame", "blamed", "blames", "blaming", "accuse", "accused",
            "accuses", "accusing", "held", "holds", "faulted", "faults");
    /** Verbs of causing: passive ("destroyed by X") puts the agent after "by", active puts it before. */
    private static final Set<String> CAUSE = Set.of("caused", "causes", "destroyed", "destroys", "fired", "fires",
            "launched", "launches", "misfired", "blew", "blown", "blows", "shelled", "shot", "downed", "bombed",
            "struck", "attacked", "triggered", "detonated", "sabotaged", "hit");
    /** How many words after a verb of blame the agent may stand ("blamed the destruction of the dam on Kyiv"). */
    private static final int REACH = 6;
    /** How many words before an active verb of causing its subject may stand ("Russian forces had blown"). */
    private static final int SUBJECT_REACH = 3;

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        return NamedSides.find(reading, BlameConflicts::blamed, NamedSides::shareAWord, SUBJECT, "Who is blamed: ",
                2.5);
    }

    /** The agent one statement blames, or null. */
    static NamedSides.Naming blamed(Statement s) {
        NamedSides.Words words = new NamedSides.Words(s);
        List<Token> tokens = words.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            int at = -1;
            if (BLAME.contains(w)) {
                at = nameAfter(words, i + 1);
            } else if (w.equals("by") && i > 0 && causeBefore(tokens, i)) {
                at = nameAfter(words, i + 1);
            } else if (CAUSE.contains(w) && (i + 1 >= tokens.size() || !tokens.get(i + 1).norm().equals("by"))) {
                at = nameBefore(words, i - 1);
            }
            if (at >= 0) {
                return words.nameAround(at);
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

    private static int nameAfter(NamedSides.Words words, int from) {
        List<Token> tokens = words.tokens();
        for (int k = from; k < tokens.size() && k < from + REACH; k++) {
            if (tokens.get(k).isClauseBreak()) {
                return -1;
            }
            if (words.isName(k)) {
                return k;
            }
        }
        return -1;
    }

    private static int nameBefore(NamedSides.Words words, int from) {
        List<Token> tokens = words.tokens();
        for (int k = from; k >= 0 && k > from - SUBJECT_REACH; k--) {
            if (tokens.get(k).isClauseBreak()) {
                return -1;
            }
            if (words.isName(k)) {
                return k;
            }
        }
        return -1;
    }
}
