package io.newsdigest.text;

/** English function words, and the words of reporting and time that say nothing about what happened. */
public final class Stopwords {

    private static final WordSet FUNCTION = WordSet.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ever", "every",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
            "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
            "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "nor", "not", "no",
            "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves",
            "out", "over", "own", "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were",
            "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
            "within", "without", "would", "yet", "you", "your", "yours", "yourself", "many", "several", "among",
            "amid", "around", "across", "along", "although", "though", "since", "still", "even", "well", "like",
            "unless", "whereas", "onto", "toward", "towards", "s", "t", "mr", "mrs", "ms", "dr", "de", "la", "le");

    private static final WordSet REPORTING = WordSet.of(
            "said", "says", "say", "saying", "told", "according", "reported", "reports", "reporting", "added",
            "noted", "stated", "today", "yesterday", "tomorrow", "including", "included", "new", "made", "make",
            "makes", "get", "got", "take", "took", "taken", "go", "went", "gone", "come", "came", "put", "also",
            "however", "meanwhile", "since", "already", "recently", "currently", "now");

    private static final WordSet CALENDAR = WordSet.of("week", "weeks", "month", "months", "year", "years",
            "time", "times", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "first",
            "last", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "local", "people",
            "news", "agency", "statement", "spokesperson", "spokesman", "spokeswoman", "report");

    private Stopwords() {
    }

    /** Function words: articles, pronouns, auxiliaries, prepositions, conjunctions (lower case). */
    public static boolean isFunctionWord(String norm) {
        return FUNCTION.contains(norm);
    }

    /** Words of reporting ("said", "according") and fillers ("new", "including") that carry no fact. */
    public static boolean isReportingWord(String norm) {
        return REPORTING.contains(norm);
    }

    /** Function words and the words of reporting, calendar and counting that do not tell stories apart. */
    public static boolean isStopword(String norm) {
        return FUNCTION.contains(norm) || REPORTING.contains(norm) || CALENDAR.contains(norm);
    }
}
