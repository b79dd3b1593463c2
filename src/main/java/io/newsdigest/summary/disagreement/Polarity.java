package io.newsdigest.summary.disagreement;

import io.newsdigest.text.Stopwords;
import io.newsdigest.text.Term;
import io.newsdigest.text.Token;
import io.newsdigest.text.WordSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Which words of a sentence are denied, and how. A negation cue ("not", "n't", "no", "never", "without", "yet
 * to", "failed to", "refused to", "lack of", "absence of") denies the first content word after it in its clause, skipping auxiliaries
 * and adverbs: in "has not been publicly released" the denied word is "released". A hedge ("fall short of",
 * "stop short of", "far from") denies the next few content words: in "fell short of a formal alliance" both
 * "formal" and "alliance". A negated verb of belief denies what it governs, not the belief: "they do not
 * believe there are survivors" denies "survivors".
 */
final class Polarity {

    /** How a word is denied. */
    enum Cue {
        NEGATION, HEDGE
    }

    private static final WordSet NEGATORS = WordSet.of("not", "no", "never", "without", "cannot", "neither", "nor",
            "none", "nobody", "nothing");
    /** Verbs whose negation belongs to the clause they govern: "do not believe X" means "believe not X". */
    private static final WordSet NEG_RAISING = WordSet.of("believe", "think", "expect", "suppose", "seem",
            "appear", "anticipate", "imagine", "reckon");
    /** Subjects after which a clause's next content word is its verb. */
    private static final WordSet PRONOUN_SUBJECTS = WordSet.of("anyone", "anybody", "anything", "someone",
            "somebody", "he", "she", "it", "they", "we", "i", "you");
    private static final WordSet WORDING_VERBS = WordSet.of("use", "say", "call", "mention", "repeat", "adopt",
            "employ", "utter", "endorse");
    private static final WordSet WORDING_NOUNS = WordSet.of("phrase", "word", "term", "label", "description",
            "expression", "characterization", "characterisation", "wording", "language");
    private static final WordSet SKIPPABLE = WordSet.of("be", "been", "being", "is", "are", "was", "were", "have",
            "has", "had", "do", "does", "did", "yet", "also", "still", "ever", "even", "a", "an", "the", "any",
            "to", "so", "as", "fully", "officially", "formally", "immediately", "publicly", "really", "clearly",
            "necessarily", "entirely", "directly", "explicitly", "independently", "always", "actually", "longer");

    private Polarity() {
    }

    /** Token index of each denied term's token -> its cue, for one sentence. */
    static TreeMap<Integer, Cue> denied(List<Token> tokens, List<Term> terms) {
        TreeMap<Integer, Cue> out = new TreeMap<>();
        boolean[] content = new boolean[tokens.size()];
        for (Term t : terms) {
            if (!t.key().startsWith("#")) {
                content[t.token()] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
            String next2 = i + 2 < tokens.size() ? tokens.get(i + 2).norm() : "";
            if (NEGATORS.contains(w)) {
                if (w.equals("not") && (next.equals("only") || next.equals("least"))) {
                    continue;
                }
                if (WORDING_VERBS.contains(next) && (next2.equals("that") || next2.equals("the")
                        || next2.equals("this") || next2.equals("such")) && i + 3 < tokens.size()
                        && WORDING_NOUNS.contains(tokens.get(i + 3).norm())) {
                    int term = quotedBefore(tokens, content, i);
                    if (term >= 0) {
                        out.put(term, Cue.HEDGE);
                    }
                    continue;
                }
                markHead(tokens, content, i + 1, 1, Cue.NEGATION, out);
            } else if (next.equals("to") && (w.equals("yet") || w.equals("failed") || w.equals("refused")
                    || w.equals("declined") || w.equals("fails") || w.equals("refuses") || w.equals("declines"))) {
                markHead(tokens, content, i + 2, 1, Cue.NEGATION, out);
            } else if (next.equals("short") && next2.equals("of") && (w.equals("fall") || w.equals("falls")
                    || w.equals("fell") || w.equals("falling") || w.equals("stop") || w.equals("stops")
                    || w.equals("stopped") || w.equals("stopping"))) {
                markHead(tokens, content, i + 3, 3, Cue.HEDGE, out);
            } else if (next.equals("of") && (w.equals("lack") || w.equals("absence"))) {
                markHead(tokens, content, i + 2, 1, Cue.NEGATION, out); // "its lack of involvement"
            } else if (w.equals("far") && next.equals("from")) {
                markHead(tokens, content, i + 2, 3, Cue.HEDGE, out);
            }
        }
        return out;
    }

    /**
     * The word a refusal of wording ("did not use that phrase") refers back to: the nearest earlier content
     * word next to a quotation mark, else the last content word before the preceding clause break.
     */
    private static int quotedBefore(List<Token> tokens, boolean[] content, int cue) {
        int fallback = -1;
        boolean brokeClause = false;
        for (int j = cue - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.isClauseBreak()) {
                brokeClause = true;
            }
            if (content[j] && t.isWord()) {
                boolean quoted = (j > 0 && isQuote(tokens.get(j - 1))) || (j + 1 < tokens.size()
                        && isQuote(tokens.get(j + 1)));
                if (quoted) {
                    return j;
                }
                if (brokeClause && fallback < 0) {
                    fallback = j;
                }
            }
        }
        return fallback;
    }

    private static boolean isQuote(Token t) {
        return t.norm().equals("\"") || t.norm().equals("'");
    }

    /**
     * The denial a negated verb of belief passes to the clause it governs, where that clause's head is plain: the
     * thing said not to exist ("don't believe there are any survivors": "survivors") or the verb after a pronoun
     * subject ("do not think anyone was hurt": "hurt"). Any other clause ("do not believe the dam was hit") is
     * left undenied rather than guessed.
     */
    private static void markRaised(List<Token> tokens, boolean[] content, int from, TreeMap<Integer, Cue> out) {
        int k = from;
        if (k < tokens.size() && tokens.get(k).norm().equals("that")) {
            k++;
        }
        if (k >= tokens.size() || !(tokens.get(k).norm().equals("there") || PRONOUN_SUBJECTS.contains(
                tokens.get(k).norm()))) {
            return;
        }
        for (k++; k < tokens.size() && k < from + 6; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !SKIPPABLE.contains(t.norm()) && !t.norm().equals("will")) {
                break;
            }
        }
        if (k < tokens.size() && tokens.get(k).isWord() && content[k] && !Stopwords.isFunctionWord(tokens.get(k).norm())) {
            out.put(k, Cue.NEGATION);
        }
    }

    private static void markHead(List<Token> tokens, boolean[] content, int from, int count, Cue cue,
            TreeMap<Integer, Cue> out) {
        int marked = 0;
        for (int j = from; j < tokens.size() && j < from + 6 && marked < count; j++) {
            Token t = tokens.get(j);
            if (t.isClauseBreak() || t.norm().equals(".") || t.norm().equals("but")) {
                return;
            }
            if (!t.isWord() || SKIPPABLE.contains(t.norm()) || (t.norm().endsWith("ly") && t.norm().length() > 4
                    && marked == 0 && cue == Cue.NEGATION)) {
                continue;
            }
            if (cue == Cue.NEGATION && marked == 0 && NEG_RAISING.contains(t.norm())) {
                markRaised(tokens, content, j + 1, out);
                return;
            }
            if (content[j] && !Stopwords.isFunctionWord(t.norm())) {
                out.put(j, cue);
                marked++;
            } else if (cue == Cue.NEGATION) {
                return;
            }
        }
    }
}
