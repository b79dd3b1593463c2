package io.newsdigest.text;

/**
 * Whether one period, followed by whitespace and something that could start a sentence, ends the sentence.
 * The word before the period decides, in this order:
 * <ol>
 *   <li>a bare list marker opening the sentence ("1.", "a.") ends nothing;</li>
 *   <li>a closing quote or bracket after the period ends the sentence ("No." Then ...);</li>
 *   <li>a number, money, a time, an e-mail address or a URL ends it;</li>
 *   <li>inside an open parenthesis, a period before a number or sign ends nothing ("(orig. $1,099)");</li>
 *   <li>a single letter: the pronoun "I" after a lower-case word ends it; initials ("J. R. Smith") and
 *       lower-case letters ("p. 55") behave as abbreviations;</li>
 *   <li>"U.S."-like letter groups: "e.g." and "i.e." never end one, "a.m." and "p.m." follow
 *       {@link ClockTimes}, the rest behave as abbreviations;</li>
 *   <li>listed abbreviations behave as their {@link Abbreviations.Kind} says, learned ones
 *       ({@link AbbreviationEvidence}) as trailing abbreviations;</li>
 *   <li>any other word ends the sentence.</li>
 * </ol>
 * An abbreviation ends a sentence only before a usual sentence opener ({@link SentenceStarters}) or an
 * opening quotation mark. One instance per text (it learns abbreviations from that text, lazily).
 */
final class PeriodRules {

    private static final int MAX_PARENTHESIS = 200;
    private static final int LONGEST_ABBREVIATION = 7;

    private final String text;
    private AbbreviationEvidence evidence;

    PeriodRules(String text) {
        this.text = text;
    }

    /**
     * True if the period at {@code dot} ends the sentence whose first non-space character is at
     * {@code from}. {@code closed}: closing quotes or brackets follow the period. {@code next} has read
     * what follows, and {@link NextWord#canStartSentence()} holds.
     */
    boolean ends(int from, int dot, boolean closed, NextWord next) {
        int ws = tokenStart(from, dot);
        if (ws == dot) {
            return true;
        }
        if (ListMarkers.isBareMarker(text, ws, dot) && ListMarkers.onlyBulletsBetween(text, from, ws)) {
            return false;
        }
        if (closed) {
            return true;
        }
        int hyphen = dot;
        while (hyphen > ws && text.charAt(hyphen - 1) != '-') {
            hyphen--;
        }
        if (hyphen > ws && hyphen < dot) {
            ws = hyphen;                      // "D-Calif.": the part after the hyphen
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
        int kind = next.kind();
        if ((kind == NextWord.DIGIT || kind == NextWord.OTHER) && insideParentheses(from, dot)) {
            return false;
        }
        int len = dot - ws;
        if (len == 1) {
            return text.charAt(ws) == 'I' && previousWordIsLowerCase(from, ws) || abbreviationEnds(next);
        }
        if (Abbreviations.isLetterGroups(text, ws, dot)) {
            return letterGroupsEnd(from, ws, dot, next);
        }
        if (len > LONGEST_ABBREVIATION) {
            return true;
        }
        String token = text.substring(ws, dot);
        Abbreviations.Kind known = Abbreviations.kindOf(token);
        if (known == Abbreviations.Kind.TITLE) {
            return Abbreviations.isAlsoPlaceSuffix(token) && followsNameOrNumber(from, ws) && abbreviationEnds(next);
        }
        if (known == Abbreviations.Kind.BEFORE_NUMBER) {
            return kind != NextWord.DIGIT && !(kind == NextWord.OTHER && isNumberSign(text.charAt(next.start())));
        }
        if (known != null || len <= AbbreviationEvidence.MAX_LENGTH && evidence().isAbbreviation(token)) {
            return abbreviationEnds(next);
        }
        return true;
    }

    /** "U.S.", "E.U.", "a.m.", "e.g.", "Ph.D.". */
    private boolean letterGroupsEnd(int from, int ws, int dot, NextWord next) {
        if (dot - ws == 3) {
            char a = Character.toLowerCase(text.charAt(ws));
            char b = Character.toLowerCase(text.charAt(ws + 2));
            if (a == 'e' && b == 'g' || a == 'i' && b == 'e') {
                return false;
            }
            if (ClockTimes.isAmPm(text.substring(ws, dot))) {
                return next.kind() == NextWord.UPPER
                        && !ClockTimes.qualifiesTime(text, next.start(), next.lettersEnd())
                        && !ClockTimes.isFrontedTimePhrase(text, from, ws);
            }
        }
        return abbreviationEnds(next);
    }

    /**
     * An abbreviation that may also end a sentence ends it before a usual sentence opener or an opening
     * quotation mark; "S.C. (AP)" goes on, "Co. (It" does not.
     */
    private static boolean abbreviationEnds(NextWord next) {
        return next.kind() == NextWord.UPPER
                && (next.openedByQuote() || SentenceStarters.isStarter(next.letters()));
    }

    private AbbreviationEvidence evidence() {
        if (evidence == null) {
            evidence = new AbbreviationEvidence(text);
        }
        return evidence;
    }

    /** Start of the token that ends at {@code end}, after any bullet and opening quotes or brackets. */
    private int tokenStart(int from, int end) {
        int s = end;
        while (s > from && !Chars.isSpace(text.charAt(s - 1))) {
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
    private boolean insideParentheses(int from, int i) {
        int depth = 0;
        for (int k = i - 1; k >= Math.max(from, i - MAX_PARENTHESIS); k--) {
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

    /** First character of the word before {@code ws} in the sentence, or -1 if there is none. */
    private int previousWord(int from, int ws) {
        int k = ws - 1;
        while (k >= from && Chars.isSpace(text.charAt(k))) {
            k--;
        }
        if (k < from) {
            return -1;
        }
        int s = tokenStart(from, k + 1);
        return s <= k ? s : -1;
    }

    /** "you and I.": the word before is in lower case. */
    private boolean previousWordIsLowerCase(int from, int ws) {
        int p = previousWord(from, ws);
        return p >= 0 && Character.isLowerCase(text.charAt(p));
    }

    /** "Main St.", "5th St.": the word before is capitalised or a number. */
    private boolean followsNameOrNumber(int from, int ws) {
        int p = previousWord(from, ws);
        return p >= 0 && (Character.isUpperCase(text.charAt(p)) || Chars.isAsciiDigit(text.charAt(p)));
    }
}
