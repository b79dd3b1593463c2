package io.newsdigest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one text that finds its sentence boundaries and collects the sentences. Only a few
 * characters stop the scan: sentence-ending punctuation, line breaks, bullets, and a digit or letter that
 * starts a word (a possible list marker). At each stop a rule looks at the word before and the word after;
 * nothing is allocated per character.
 *
 * <p>Rules at a period, in order: a period inside a token ("3.5", "example.com", "Jr.'s") or before a comma
 * ends nothing; nothing ends before a lower-case word; a bare list marker ("1.", "a.") is no sentence;
 * a closing quote or bracket after the period ends the sentence; then the word before decides: a number,
 * URL or ordinary word ends the sentence; "a.m."/"p.m." follow {@link ClockTimes}; "e.g."/"i.e." never end
 * one; titles never do; "No."-like words keep their period before a number; initials, "U.S."-like letter
 * groups and trailing abbreviations (known or learned from the text) end it only before a usual sentence
 * opener ({@link SentenceStarters}) or an opening quote.
 *
 * <p>Not thread-safe: one instance per text.
 */
final class BoundaryScan {

    /** Character classes of the scan: most characters are OTHER_CHAR or WORD and cost one table look-up. */
    private static final byte OTHER_CHAR = 0;
    private static final byte WORD = 1;
    private static final byte SPACE = 2;
    private static final byte TERMINAL = 3;
    private static final byte BREAK = 4;
    private static final byte BULLET = 5;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                ASCII[c] = WORD;
            } else if (Chars.isLineBreak(c)) {
                ASCII[c] = BREAK;
            } else if (Chars.isSpace(c)) {
                ASCII[c] = SPACE;
            } else if (Chars.isTerminal(c)) {
                ASCII[c] = TERMINAL;
            }
        }
    }

    /** How far back a bullet or dash may stand before a list marker, and a "(" before a period. */
    private static final int MAX_ITEM_PREFIX = 16;
    private static final int MAX_PARENTHESIS = 200;

    private static final int END = 0;
    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIGIT = 3;
    private static final int OTHER = 4;
    private static final int CONTINUES = 5;

    private final String text;
    private final int n;
    private final List<String> sentences = new ArrayList<>();
    private final ListMarkers markers = new ListMarkers();
    private StringBuilder buffer;
    private AbbreviationEvidence evidence;
    private LineBreaks lineBreaks;
    private int start;
    /** The current sentence has a non-space character so far. */
    private boolean content;
    /** The current sentence may hold whitespace other than single spaces inside (then emit collapses it). */
    private boolean irregularSpace;

    /** What follows a candidate boundary, filled by {@link #lookAhead(int)}. */
    private int nextKind;
    private int nextWord;
    private int nextWordEnd;
    private boolean nextOpened;

    BoundaryScan(String text) {
        this.text = text;
        this.n = text.length();
    }

    List<String> sentences() {
        boolean wordStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            switch (c < 128 ? ASCII[c] : classOf(c)) {
                case WORD -> {
                    if (wordStart) {
                        listMarker(i);
                    }
                    wordStart = false;
                    content = true;
                    i++;
                }
                case SPACE -> {
                    if (content && (c != ' ' || wordStart)) {
                        irregularSpace = true;
                    }
                    wordStart = true;
                    i++;
                }
                case TERMINAL -> {
                    i = afterTerminal(i);
                    wordStart = false;
                    content = start < i;
                }
                case BREAK -> {
                    if (content) {
                        irregularSpace = true;
                    }
                    i = afterLineBreak(i);
                    wordStart = true;
                }
                case BULLET -> {
                    emit(i);
                    wordStart = true;
                    content = true;
                    i++;
                }
                default -> {
                    wordStart = false;
                    content = true;
                    i++;
                }
            }
        }
        emit(n);
        return sentences;
    }

    /** The class of a character outside ASCII, for the scan's dispatch. */
    private static byte classOf(char c) {
        if (Chars.isLineBreak(c)) {
            return BREAK;
        }
        if (Chars.isSpace(c)) {
            return SPACE;
        }
        if (Chars.isTerminal(c)) {
            return TERMINAL;
        }
        return Chars.isBullet(c) ? BULLET : OTHER_CHAR;
    }

    // ---- terminal punctuation ------------------------------------------------------------------------

    /** Judges the run of terminal punctuation starting at {@code i}; returns where the scan goes on. */
    private int afterTerminal(int i) {
        int j = i;
        int dots = 0;
        boolean exclaim = false;
        boolean spaced = false;
        boolean ideographic = false;
        while (j < n) {
            char c = text.charAt(j);
            if (c == '.') {
                dots++;
            } else if (c == '\u2026') {
                dots += 3;
            } else if (Chars.isExclamationOrQuestion(c)) {
                exclaim = true;
            } else if (Chars.isIdeographicStop(c)) {
                ideographic = true;
            } else if (c == ' ' && !exclaim && text.charAt(j - 1) == '.' && spacedDotFollows(j)) {
                spaced = true;
            } else {
                break;
            }
            j++;
        }
        int after = skipClosers(j);
        if (ideographic) {
            emit(after);
            return after;
        }
        if (after < n && !Chars.isSpace(text.charAt(after))) {
            return j;
        }
        lookAhead(after);
        if (nextKind == END || nextKind == LOWER || nextKind == CONTINUES) {
            return after;
        }
        boolean attached = i > 0 && !Chars.isSpace(text.charAt(i - 1));
        if (exclaim) {
            if (!isAttributedQuote(j, after) && !isLetterWithExclamation(i)) {
                emit(after);
            }
        } else if (spaced && attached && dots >= 4) {
            emit(i + 1);                       // "word. . . . Next": a period, then an ellipsis opening the next
        } else if (spaced || dots >= 2) {
            if (ellipsisEnds(i, j, dots, attached)) {
                emit(after);
            }
        } else if (periodEnds(i, j, after)) {
            emit(after);
        }
        return after;
    }

    /** At a space inside ". . .": true if another dot of the ellipsis follows. */
    private boolean spacedDotFollows(int space) {
        if (space + 1 >= n || text.charAt(space + 1) != '.') {
            return false;
        }
        int k = space + 2;
        return k >= n || text.charAt(k) == '.' || Chars.isSpace(text.charAt(k)) || Chars.isCloser(text.charAt(k));
    }

    /** Skips closing quotes and brackets, also a curly closing quote set off by a space ("lung. ” But"). */
    private int skipClosers(int j) {
        while (j < n && Chars.isCloser(text.charAt(j))) {
            j++;
        }
        if (j + 1 < n && text.charAt(j) == ' ' && isCurlyCloser(text.charAt(j + 1))
                && (j + 2 == n || Chars.isSpace(text.charAt(j + 2)))) {
            j += 2;
        }
        return j;
    }

    private static boolean isCurlyCloser(char c) {
        return c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A';
    }

    /**
     * Ellipses: "[...]" marks an omission inside a quotation; a free-standing three-dot ellipsis
     * ("it was ... I mean", "is . . . I") pauses without ending; an ellipsis attached to a word
     * ("that... She") or a four-dot one (". . . .") ends the sentence before a sentence start.
     */
    private boolean ellipsisEnds(int i, int j, int dots, boolean attached) {
        if (i > 0 && text.charAt(i - 1) == '[' && j < n && text.charAt(j) == ']') {
            return false;
        }
        return attached || dots >= 4;
    }

    /** "E! News": a one-letter word with "!" is a name, not an exclamation. */
    private boolean isLetterWithExclamation(int i) {
        return text.charAt(i) == '!' && i > 0 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || Chars.isSpace(text.charAt(i - 2)));
    }

    /** {@code "Why?" Smith asked.}: a closing quote after "?" or "!" followed by an attribution. */
    private boolean isAttributedQuote(int j, int after) {
        if (nextKind != UPPER || nextOpened) {
            return false;
        }
        for (int k = j; k < after; k++) {
            if (Chars.isClosingQuote(text.charAt(k))) {
                return QuoteAttribution.startsAt(text, nextWord);
            }
        }
        return false;
    }

    private boolean periodEnds(int dot, int j, int after) {
        int ws = tokenStart(dot);
        if (ws == dot) {
            return true;
        }
        if (ListMarkers.isBareMarker(text, ws, dot) && opensSentence(ws)) {
            return false;
        }
        if (after > j) {
            return true;
        }
        int hyphen = dot;
        while (hyphen > ws && text.charAt(hyphen - 1) != '-') {
            hyphen--;
        }
        if (hyphen > ws && hyphen < dot) {
            ws = hyphen;
        }
        boolean letters = false;
        for (int k = ws; k < dot; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters = true;
            } else if (c == '@' || c == '/' || c == ':' || c == '_' || Chars.isAsciiDigit(c)) {
                return true;                  // numbers, money, times, e-mail addresses, URLs
            }
        }
        if (!letters) {
            return true;
        }
        if ((nextKind == DIGIT || nextKind == OTHER) && insideParentheses(dot)) {
            return false;                     // "(Orig. $1,599)", "(approx. 40 km)"
        }
        int len = dot - ws;
        if (len == 1) {
            return singleLetterEnds(ws);
        }
        if (Abbreviations.isLetterGroups(text, ws, dot)) {
            return letterGroupsEnd(ws, dot);
        }
        if (len > 7) {
            return true;
        }
        String token = text.substring(ws, dot);
        Abbreviations.Kind kind = Abbreviations.kindOf(token);
        if (kind == Abbreviations.Kind.TITLE) {
            return Abbreviations.isAlsoPlaceSuffix(token) && followsNameOrNumber(ws) && abbreviationEnds();
        }
        if (kind == Abbreviations.Kind.BEFORE_NUMBER) {
            return nextKind != DIGIT && !(nextKind == OTHER && isNumberSign(text.charAt(nextWord)));
        }
        if (kind == Abbreviations.Kind.MONTH || kind == Abbreviations.Kind.TRAILING) {
            return abbreviationEnds();
        }
        if (len <= AbbreviationEvidence.MAX_LENGTH && evidence().isAbbreviation(token)) {
            return abbreviationEnds();
        }
        return true;
    }

    /**
     * A single letter: the pronoun "I" after a lower-case word is an ordinary word ("you and I."); an
     * upper-case letter is an initial ("Jonas E. Smith"); a lower-case one an abbreviation ("p. 55").
     */
    private boolean singleLetterEnds(int ws) {
        if (text.charAt(ws) == 'I' && previousWordIsLowerCase(ws)) {
            return true;
        }
        return abbreviationEnds();
    }

    /** "U.S.", "E.U.", "a.m.", "e.g.", "Ph.D.". */
    private boolean letterGroupsEnd(int ws, int dot) {
        if (dot - ws == 3) {
            char a = Character.toLowerCase(text.charAt(ws));
            char b = Character.toLowerCase(text.charAt(ws + 2));
            if (a == 'e' && b == 'g' || a == 'i' && b == 'e') {
                return false;
            }
            if (ClockTimes.isAmPm(text.substring(ws, dot))) {
                return clockTimeEnds(ws);
            }
        }
        return abbreviationEnds();
    }

    private boolean clockTimeEnds(int ws) {
        if (nextKind != UPPER) {
            return false;
        }
        if (ClockTimes.qualifiesTime(text, nextWord, nextWordEnd)) {
            return false;
        }
        return !ClockTimes.isFrontedTimePhrase(text, contentStart(), ws);
    }

    /**
     * An abbreviation that may also end a sentence ends it before a usual sentence opener or an opening
     * quote; "S.C. (AP)" goes on, "Co. (It" does not.
     */
    private boolean abbreviationEnds() {
        if (nextKind != UPPER) {
            return false;
        }
        return nextOpenedByQuote() || SentenceStarters.isStarter(text.substring(nextWord, nextWordEnd));
    }

    private boolean nextOpenedByQuote() {
        for (int k = nextWord - 1; k >= 0 && Chars.isOpener(text.charAt(k)); k--) {
            char c = text.charAt(k);
            if (c != '(' && c != '[' && c != '{') {
                return true;
            }
        }
        return false;
    }

    private AbbreviationEvidence evidence() {
        if (evidence == null) {
            evidence = new AbbreviationEvidence(text);
        }
        return evidence;
    }

    // ---- what stands around a candidate --------------------------------------------------------------

    /** Start of the token that ends at {@code end}, after any bullet and opening quotes or brackets. */
    private int tokenStart(int end) {
        int s = end;
        while (s > start && !Chars.isSpace(text.charAt(s - 1))) {
            s--;
        }
        while (s < end && (Chars.isOpener(text.charAt(s)) || Chars.isBullet(text.charAt(s)))) {
            s++;
        }
        return s;
    }

    /** Signs that stand before a number: "#", "+", currency symbols. */
    private static boolean isNumberSign(char c) {
        return c == '#' || c == '+' || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    /** True if a "(" opened shortly before {@code i} in the current sentence is still open. */
    private boolean insideParentheses(int i) {
        int depth = 0;
        for (int k = i - 1; k >= Math.max(start, i - MAX_PARENTHESIS); k--) {
            char c = text.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    private boolean previousWordIsLowerCase(int ws) {
        int k = ws - 1;
        while (k >= start && Chars.isSpace(text.charAt(k))) {
            k--;
        }
        if (k < start) {
            return false;
        }
        int s = tokenStart(k + 1);
        return s <= k && Character.isLowerCase(text.charAt(s));
    }

    /** The word before {@code ws} is capitalised or a number ("Main St.", "5th St."). */
    private boolean followsNameOrNumber(int ws) {
        int k = ws - 1;
        while (k >= start && Chars.isSpace(text.charAt(k))) {
            k--;
        }
        if (k < start) {
            return false;
        }
        int s = tokenStart(k + 1);
        return s <= k && (Character.isUpperCase(text.charAt(s)) || Chars.isAsciiDigit(text.charAt(s)));
    }

    /**
     * True if only whitespace, bullets or dashes stand before {@code i} in the current sentence. Looks at a
     * few characters only, so a long run of markers cannot make the scan quadratic.
     */
    private boolean opensSentence(int i) {
        int from = contentStart();
        if (i - from > MAX_ITEM_PREFIX) {
            return false;
        }
        for (int k = from; k < i; k++) {
            char c = text.charAt(k);
            if (!Chars.isSpace(c) && !Chars.isBullet(c) && c != '-' && c != '*') {
                return false;
            }
        }
        return true;
    }

    /** Moves the start of the current sentence past its leading whitespace (which emit trims anyway). */
    private int contentStart() {
        while (start < n && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Classifies what follows the whitespace at {@code from}: sets nextKind, nextWord, nextWordEnd. */
    private void lookAhead(int from) {
        int k = from;
        while (k < n && Chars.isSpace(text.charAt(k))) {
            k++;
        }
        nextOpened = false;
        while (k < n && Chars.isOpener(text.charAt(k))) {
            nextOpened = true;
            k++;
        }
        nextWord = k;
        nextWordEnd = k;
        if (k >= n) {
            nextKind = nextOpened ? OTHER : END;
            return;
        }
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
            int e = k + 1;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            nextWordEnd = e;
            nextKind = Character.isLowerCase(c) && !hasUpperCase(k + 1, e) ? LOWER : UPPER;
        } else if (Character.isDigit(c)) {
            nextKind = DIGIT;
        } else if (Chars.continuesSentence(c) && !nextOpened) {
            nextKind = CONTINUES;
        } else {
            nextKind = OTHER;
        }
    }

    /** "eBay", "iPhone": a word in lower case with a capital inside is a name, and may open a sentence. */
    private boolean hasUpperCase(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // ---- lines, bullets, list markers ----------------------------------------------------------------

    /** A blank line always ends the sentence; a single line break ends it as {@link LineBreaks} decides. */
    private int afterLineBreak(int i) {
        int k = i + 1;
        if (text.charAt(i) == '\r' && k < n && text.charAt(k) == '\n') {
            k++;
        }
        int m = k;
        while (m < n && Chars.isSpace(text.charAt(m)) && !Chars.isLineBreak(text.charAt(m))) {
            m++;
        }
        if (m >= n || Chars.isLineBreak(text.charAt(m))) {
            emit(i);
            return m;
        }
        if (lineBreaks == null) {
            lineBreaks = new LineBreaks(text);
        }
        if (lineBreaks.endsSentence(start, i, m)) {
            emit(i);
        }
        return k;
    }

    private void listMarker(int i) {
        if (!markers.read(text, i)) {
            return;
        }
        if (opensSentence(i) || lastNonSpaceIs(i, ':')) {
            lookAhead(markers.end());
            if (nextKind == UPPER || nextKind == DIGIT || nextKind == OTHER) {
                markers.open();
            }
        } else if (markers.continuesList()) {
            lookAhead(markers.end());
            if (nextKind != END && nextKind != CONTINUES) {
                emit(i);
            }
        }
    }

    private boolean lastNonSpaceIs(int i, char c) {
        int k = i - 1;
        while (k >= start && Chars.isSpace(text.charAt(k))) {
            k--;
        }
        return k >= start && text.charAt(k) == c;
    }

    // ---- output --------------------------------------------------------------------------------------

    /** Ends the current sentence at {@code end}: adds it, whitespace collapsed, unless it is blank. */
    private void emit(int end) {
        int s = start;
        boolean collapse = irregularSpace;
        start = end;
        irregularSpace = false;
        content = false;
        while (s < end && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return;
        }
        if (!collapse) {
            sentences.add(text.substring(s, e));
            return;
        }
        if (buffer == null) {
            buffer = new StringBuilder(e - s);
        }
        buffer.setLength(0);
        boolean space = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Chars.isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    buffer.append(' ');
                    space = false;
                }
                buffer.append(c);
            }
        }
        sentences.add(buffer.toString());
    }
}
