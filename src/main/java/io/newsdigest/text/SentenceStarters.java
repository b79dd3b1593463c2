package io.newsdigest.text;

import java.util.Locale;
import java.util.Set;

/**
 * Closed-class English words (articles, pronouns, conjunctions, prepositions, auxiliaries, sentence
 * adverbs) that very often open a sentence and are rarely part of a name. After an abbreviation that can
 * also end a sentence ("Co.", "U.S.", an initial), a capitalised word from this list is the cue that a new
 * sentence has begun ("... the U.S. The ..."), while any other capitalised word is taken as the name or
 * title the abbreviation belongs to ("the U.S. Navy"). Personal honorifics count as openers: "U.S. Gen." is
 * one title, but nothing is ever called "U.S. Mr.". This is the fixed part of Punkt's "frequent sentence
 * starter" heuristic; words that are also common names or months ("Will", "May") are left out on purpose.
 */
final class SentenceStarters {

    private static final Set<String> WORDS = Set.of(
            // articles, determiners, quantifiers
            "a", "an", "the", "this", "that", "these", "those", "some", "many", "most", "much", "more", "less",
            "few", "several", "all", "both", "each", "every", "any", "another", "other", "such", "no", "none",
            "neither", "either",
            // pronouns and possessives
            "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "their", "our", "my", "your",
            "there", "here", "one", "everyone", "everybody", "everything", "someone", "somebody", "something",
            "nothing", "nobody", "anyone", "anything",
            // conjunctions and sentence adverbs
            "and", "but", "or", "so", "yet", "nor", "then", "thus", "hence", "still", "also", "instead",
            "meanwhile", "however", "moreover", "furthermore", "nevertheless", "nonetheless", "although",
            "though", "while", "whereas", "because", "since", "if", "unless", "once", "when", "whenever",
            "where", "why", "how", "what", "who", "whom", "whose", "which", "whether", "now", "today",
            "yesterday", "tomorrow", "tonight", "earlier", "later", "last", "next", "first", "finally", "even",
            "only", "just", "not", "never", "often", "sometimes", "already", "again", "indeed", "perhaps",
            "maybe", "overall", "separately", "similarly", "otherwise", "elsewhere", "afterwards", "recently",
            "currently", "previously", "initially", "eventually", "ultimately", "nearly", "almost", "let",
            "please", "yes",
            // prepositions
            "after", "before", "during", "until", "as", "at", "by", "for", "from", "in", "into", "on", "of",
            "to", "with", "without", "within", "under", "over", "among", "amid", "against", "about", "above",
            "across", "along", "around", "behind", "below", "beside", "besides", "between", "beyond", "despite",
            "following", "inside", "outside", "like", "unlike", "near", "through", "throughout", "toward",
            "towards", "upon", "according",
            // honorifics, which follow no abbreviation inside a sentence ("the U.S. Mr. Lee ...")
            "mr", "mrs", "ms", "messrs",
            // auxiliaries opening questions
            "is", "are", "was", "were", "be", "being", "do", "does", "did", "has", "have", "had", "can", "could",
            "should", "would", "shall", "must", "might");

    private SentenceStarters() {
    }

    /** True if {@code word} is written capitalised (first letter only) and is a usual sentence opener. */
    static boolean isStarter(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
