package io.newsdigest.text;

import java.util.Set;

/**
 * Decides whether a single line break (not a blank line) ends a sentence that has no final punctuation:
 * headlines, bylines, datelines and list items each stand on their own line, while hard-wrapped prose
 * breaks its lines in the middle of sentences. A break ends the sentence unless the next line starts in
 * lower case, the line ends with a comma-like mark or a word that cannot end a sentence ("the", "of",
 * "and"), or the text is hard-wrapped and the line is about as long as its wrapped lines (and not a
 * headline, whose words are mostly capitalised).
 *
 * <p>A text counts as hard-wrapped when at least two of its lines run on into a next line that starts in
 * lower case; their greatest length is taken as the wrap width. Built lazily, once per text.
 */
final class LineBreaks {

    private static final Set<String> JOINING_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
            "nor", "as", "than", "that", "which", "who", "whose", "whom", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "will", "would", "could", "should", "said", "says", "told", "its",
            "his", "her", "their", "our", "my", "your", "this", "these", "those", "into", "onto", "about",
            "after", "before", "between", "during", "under", "over", "via", "per", "not", "if", "when");

    private final CharSequence text;
    private int wrapWidth = -1;

    LineBreaks(CharSequence text) {
        this.text = text;
    }

    /**
     * True if the line break at {@code br} ends the sentence that began at {@code sentenceStart}.
     * {@code next} is the first non-space character of the next line.
     */
    boolean endsSentence(int sentenceStart, int br, int next) {
        int last = br - 1;
        while (last >= sentenceStart && Chars.isSpace(text.charAt(last))) {
            last--;
        }
        if (last < sentenceStart) {
            return false;
        }
        int beforeClosers = last;
        while (beforeClosers >= sentenceStart && Chars.isCloser(text.charAt(beforeClosers))) {
            beforeClosers--;
        }
        if (beforeClosers >= sentenceStart && Chars.isTerminal(text.charAt(beforeClosers))) {
            return false;
        }
        char first = text.charAt(next);
        if (Chars.isBullet(first) || startsBulletItem(next) || new ListMarkers().read(text, next)) {
            return true;
        }
        if (Character.isLowerCase(first) || Chars.continuesSentence(first)) {
            return false;
        }
        char end = text.charAt(last);
        if (",;:-\u2013\u2014(/&+".indexOf(end) >= 0 || endsWithJoiningWord(last)) {
            return false;
        }
        int width = wrapWidth();
        if (width <= 0) {
            return true;
        }
        int length = lineLength(br);
        boolean wrapped = length >= Math.max(width * 6 / 10, width - 16) && length <= width + 4;
        return !wrapped || isTitleCase(br - length, last + 1);
    }

    /** Most words of three letters or more capitalised: a headline, not a line of prose. */
    private boolean isTitleCase(int from, int to) {
        int words = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i)) || i > from && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int e = i;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e - i >= 3) {
                words++;
                if (Character.isUpperCase(text.charAt(i))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 4 >= words * 3;
    }

    private boolean startsBulletItem(int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '*' || c == '+') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    private boolean endsWithJoiningWord(int last) {
        int s = last + 1;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int len = last + 1 - s;
        return len > 0 && len <= 7 && Character.isLowerCase(text.charAt(s))
                && JOINING_WORDS.contains(text.subSequence(s, last + 1).toString());
    }

    private int lineLength(int br) {
        int s = br;
        while (s > 0 && !Chars.isLineBreak(text.charAt(s - 1))) {
            s--;
        }
        return br - s;
    }

    /** The width of the text's wrapped lines, or 0 if the text is not hard-wrapped. */
    private int wrapWidth() {
        if (wrapWidth >= 0) {
            return wrapWidth;
        }
        int n = text.length();
        int runOns = 0;
        int widest = 0;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int next = i + 1;
            while (next < n && text.charAt(next) != '\n' && Chars.isSpace(text.charAt(next))) {
                next++;
            }
            int last = i - 1;
            while (last >= lineStart && Chars.isSpace(text.charAt(last))) {
                last--;
            }
            if (next < n && last >= lineStart && Character.isLowerCase(text.charAt(next))
                    && !Chars.isTerminal(text.charAt(last))) {
                runOns++;
                widest = Math.max(widest, i - lineStart);
            }
            lineStart = i + 1;
        }
        wrapWidth = runOns >= 2 ? widest : 0;
        return wrapWidth;
    }
}
