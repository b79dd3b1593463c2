package io.newsdigest.summary.disagreement;

import io.newsdigest.summary.Statement;
import io.newsdigest.summary.StoryReading;
import io.newsdigest.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Where it happened: sources that put the same event in different places ("made a forced landing in Varnholt"
 * against "the crash happened near the village of Ostel"). A statement places the event when a word of happening
 * ("happened", "crashed", "struck", "took place", the "incident", the "explosion") or of locating ("put it",
 * "located") is followed, within a few words of the same clause, by "in", "near", "at", "outside" or "over" and a
 * name ("the town of", "the region of" may stand between). Places are one when their names share a word ("Varn",
 * "Varn region"), or when a sentence of the story names both (a village and the region it lies in, a hall and its
 * city): a place named inside another is not a different answer. Each place that two sources or more give is a
 * side; two sides make a conflict. A place is a value: a fact whose sentences give two of them is not agreed.
 */
final class PlaceConflicts implements ConflictDetector {

    /** The subject of every place conflict: what {@link DisagreementFinder.Findings} reads as a value. */
    static final String SUBJECT = "place";

    /** Words that say something happened, or what happened. */
    private static final Set<String> HAPPENING = Set.of("happened", "happen", "happens", "occurred", "occur",
            "occurs", "crashed", "crash", "crashes", "landed", "landing", "struck", "strikes", "exploded", "erupted",
            "collapsed", "incident", "accident", "explosion", "blast", "collision", "shooting", "attack", "quake",
            "earthquake", "epicenter", "epicentre", "put", "placed", "located", "situated");
    /** Words that end a verb of happening made of two ("took place", "went down"), with the words they end. */
    private static final Set<String> PHRASE_ENDS = Set.of("place", "down");
    private static final Set<String> PHRASE_STARTS = Set.of("took", "taking", "take", "takes", "went", "go", "goes",
            "came", "come", "comes", "gone");
    private static final Set<String> PREPOSITIONS = Set.of("in", "near", "at", "outside", "over");
    /** Words that may stand between the preposition and the name: "near the village of Ostel". */
    private static final Set<String> PLACE_WORDS = Set.of("the", "village", "town", "city", "region", "area",
            "province", "district", "county", "state", "of");
    /** How many words after the word of happening the preposition may stand. */
    private static final int REACH = 8;

    @Override
    public List<Conflict> find(StoryReading reading, Set<String> background) {
        return NamedSides.find(reading, PlaceConflicts::frame, (a, b) -> samePlace(reading, a, b), SUBJECT,
                "Where it happened: ", 2.0);
    }

    /** The place one statement gives the event, or null. */
    private static NamedSides.Naming frame(Statement s) {
        NamedSides.Words words = new NamedSides.Words(s);
        List<Token> tokens = words.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isHappening(tokens, i)) {
                continue;
            }
            for (int k = i + 1; k < tokens.size() && k <= i + REACH; k++) {
                if (tokens.get(k).isClauseBreak()) {
                    break;
                }
                if (PREPOSITIONS.contains(tokens.get(k).norm())) {
                    int at = k + 1;
                    while (at < tokens.size() && PLACE_WORDS.contains(tokens.get(at).norm())
                            && !tokens.get(at).capitalized()) {
                        at++;
                    }
                    if (at < tokens.size() && words.isName(at)) {
                        return words.nameAround(at);
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static boolean isHappening(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (HAPPENING.contains(w)) {
            return true;
        }
        return PHRASE_ENDS.contains(w) && i > 0 && PHRASE_STARTS.contains(tokens.get(i - 1).norm());
    }

    /** Whether two places are one: their names share a word, or a sentence of the story names both. */
    private static boolean samePlace(StoryReading reading, Set<String> a, Set<String> b) {
        if (NamedSides.shareAWord(a, b)) {
            return true;
        }
        for (String x : a) {
            for (Statement s : reading.using(x)) {
                for (String y : b) {
                    if (s.keys().contains(y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
