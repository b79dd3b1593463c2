package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A party denies what others lay at its door: "officials in the capital blamed the bombing on Southland" against
 * "Southland's foreign ministry denied any involvement". A statement denies a party's part when a verb of denial is
 * followed, in the same clause, by a word of involvement ("denied any involvement", "rejected responsibility",
 * "denied that Southland was behind it", "denied it had anything to do with it"), or when it says the party had "no
 * role", was "not involved" or had "nothing to do with" it. The party
 * is the name between the two ("refuted any Southland involvement"), else the subject just before ("Southland has
 * denied it was responsible"). Statements that blame the same party, as {@link BlameConflicts} reads blame, are the
 * other side. A statement that both blames the party and reports its denial states the disagreement itself and
 * stands on neither side. Each side holds one statement per source and a source the other side lacks; one side
 * must be carried by two sources: a claim the news carries, not one report's aside.
 *
 * <p>Its subject is that of blame: where {@link BlameConflicts} already sets the party against another, the
 * stronger of the two conflicts is reported, once.
 */
final class DenialConflicts implements ConflictDetector {

    private static final Set<String> DENY = Set.of("deny", "denied", "denies", "denying", "reject", "rejected",
            "rejects", "rejecting", "refute", "refuted", "refutes", "refuting", "dismissed", "dismisses");
    /** Words of taking part in what happened, which a denial or a negation may deny. */
    private static final Set<String> PART = Set.of("involvement", "involved", "responsibility", "responsible",
            "role", "behind", "complicity", "complicit", "link", "links", "connection");
    private static final Set<String> NEGATION = Set.of("no", "not", "never", "n't", "nothing");
    /** How many words after a verb of denial the word of involvement may stand ("denied that X was involved"). */
    private static final int REACH = 8;
    /** How many words after a negation the word of involvement may stand ("was not directly involved"). */
    private static final int NEGATION_REACH = 3;
    /** How many words before the verb or negation the party that denies may stand ("Southland has denied"). */
    private static final int SUBJECT_REACH = 3;
    private static final int MIN_SOURCES = 2;
    private static final int MAX_CONFLICTS = 2;

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        List<NamedSides.Naming> denials = new ArrayList<>();
        Set<Statement> denying = new HashSet<>();
        for (Statement s : reading.statements()) {
            NamedSides.Naming denial = denied(s);
            if (denial != null) {
                denying.add(s);
                if (BlameConflicts.blamed(s) == null) {
                    denials.add(denial);
                }
            }
        }
        if (denials.isEmpty()) {
            // most stories deny nothing: they are not read for blame a second time
            return List.of();
        }
        List<NamedSides.Naming> accusations = new ArrayList<>();
        for (Statement s : reading.statements()) {
            NamedSides.Naming blamed = denying.contains(s) ? null : BlameConflicts.blamed(s);
            if (blamed != null) {
                accusations.add(blamed);
            }
        }
        // names are compared pairwise: in the largest stories, among the most central statements only
        denials = NamedSides.mostCentral(reading, denials);
        accusations = NamedSides.mostCentral(reading, accusations);
        List<Conflict> out = new ArrayList<>();
        Set<Statement> used = new HashSet<>();
        for (NamedSides.Naming first : denials) {
            if (out.size() >= MAX_CONFLICTS) {
                break;
            }
            if (used.contains(first.statement())) {
                continue;
            }
            List<Statement> deniers = new ArrayList<>();
            for (NamedSides.Naming d : denials) {
                if (NamedSides.shareAWord(first.name(), d.name())) {
                    used.add(d.statement());
                    addOnePerSource(deniers, d.statement());
                }
            }
            List<Statement> accusers = new ArrayList<>();
            Map<String, Integer> written = new LinkedHashMap<>();
            for (NamedSides.Naming a : accusations) {
                if (NamedSides.shareAWord(first.name(), a.name())) {
                    addOnePerSource(accusers, a.statement());
                    written.merge(a.written(), 1, Integer::sum);
                }
            }
            for (NamedSides.Naming d : denials) {
                if (NamedSides.shareAWord(first.name(), d.name())) {
                    written.merge(d.written(), 1, Integer::sum);
                }
            }
            if (!accusers.isEmpty() && standsApart(accusers, deniers) && standsApart(deniers, accusers)
                    && Math.max(accusers.size(), deniers.size()) >= MIN_SOURCES) {
                // the party as the reports name it most often: "Ukraine" rather than "Ukrainian"
                String party = written.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                out.add(new Conflict("claim", BlameConflicts.SUBJECT,
                        "Whether " + party + " was involved: blamed / denied", List.of(accusers, deniers),
                        2.0 + 0.2 * (accusers.size() + deniers.size())));
            }
        }
        return out;
    }

    /** The party whose part a statement denies, or null. */
    static NamedSides.Naming denied(Statement s) {
        List<Token> tokens = s.sentence().tokens();
        NamedSides.Words words = null;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            boolean deny = DENY.contains(w);
            if (!deny && !NEGATION.contains(w)) {
                continue;
            }
            int part = partAfter(tokens, i + 1, deny ? REACH : NEGATION_REACH);
            if (part < 0) {
                continue;
            }
            words = words == null ? new NamedSides.Words(s) : words;
            for (int k = i + 1; k < part; k++) {
                if (words.isName(k)) {
                    return words.nameAround(k);
                }
            }
            for (int k = i - 1; k >= 0 && k >= i - SUBJECT_REACH; k--) {
                if (tokens.get(k).isClauseBreak()) {
                    break;
                }
                if (words.isName(k)) {
                    return words.nameAround(k);
                }
            }
        }
        return null;
    }

    private static int partAfter(List<Token> tokens, int from, int reach) {
        for (int k = from; k < tokens.size() && k < from + reach; k++) {
            if (tokens.get(k).isClauseBreak()) {
                return -1;
            }
            String w = tokens.get(k).norm();
            boolean toDoWith = w.equals("do") && k > 0 && k + 1 < tokens.size()
                    && tokens.get(k - 1).norm().equals("to") && tokens.get(k + 1).norm().equals("with");
            if (PART.contains(w) || toDoWith) {
                return k;
            }
        }
        return -1;
    }

    private static void addOnePerSource(List<Statement> side, Statement s) {
        if (side.stream().noneMatch(x -> x.source() == s.source())) {
            side.add(s);
        }
    }

    /** Whether {@code side} has a source that {@code other} lacks. */
    private static boolean standsApart(List<Statement> side, List<Statement> other) {
        for (Statement s : side) {
            if (other.stream().noneMatch(x -> x.source() == s.source())) {
                return true;
            }
        }
        return false;
    }
}
