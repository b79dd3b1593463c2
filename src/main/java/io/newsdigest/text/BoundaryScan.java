package io.newsdigest.text;

import java.util.List;

/**
 * One pass over one text that finds its sentence boundaries. Only a few characters stop the scan:
 * sentence-ending punctuation, line breaks, bullets, and a letter or digit that starts a word (a possible
 * list marker); every other character costs one table look-up. At each stop a rule looks at the word
 * before and the word after, and nothing is allocated per character.
 *
 * <ul>
 *   <li>A run of ".", "?", "!" and ellipses, with the closing quotes and brackets after it, ends a sentence
 *       only if whitespace and something that can start a sentence follow ({@link NextWord}). Then "?" and
 *       "!" end it unless a quoted question is followed by its speaker ({@link QuoteAttribution}) or the
 *       mark belongs to a one-letter name ("E! News"); ellipses end it by their form
 *       ({@link #ellipsisEnds}); a single period as {@link PeriodRules} decides.</li>
 *   <li>A blank line always ends a sentence; a single line break as {@link LineBreaks} decides.</li>
 *   <li>A bullet starts a new sentence, and so does the next marker of an inline list ({@link ListMarkers}).</li>
 * </ul>
 * Not thread-safe: one instance per text.
 */
final class BoundaryScan {

    static final byte OTHER_CHAR = 0;
    static final byte WORD = 1;
    static final byte SPACE = 2;
    static final byte TERMINAL = 3;
    static final byte BREAK = 4;
    static final byte BULLET = 5;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = classOf(c);
        }
    }

    private final String text;
    /** The text's characters, for the main loop: C1 code reads an array much faster than {@code charAt}. */
    private final char[] chars;
    private final int n;
    private final SentenceCollector out;
    private final NextWord next;
    private final PeriodRules periods;
    private final ListMarkers markers = new ListMarkers();
    private LineBreaks lineBreaks;

    BoundaryScan(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        this.n = text.length();
        this.out = new SentenceCollector(text);
        this.next = new NextWord(text);
        this.periods = new PeriodRules(text);
    }

    List<String> sentences() {
        boolean wordStart = true;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            switch (kindOf(c)) {
                case WORD -> {
                    if (wordStart) {
                        listMarker(i);
                    }
                    wordStart = false;
                    out.sawContent();
                    i++;
                }
                case SPACE -> {
                    out.sawSpace(c != ' ' || wordStart);
                    wordStart = true;
                    i++;
                }
                case TERMINAL -> {
                    i = afterTerminal(i);
                    out.sawTextUpTo(i);
                    wordStart = false;
                }
                case BREAK -> {
                    out.sawSpace(true);
                    i = afterLineBreak(i);
                    wordStart = true;
                }
                case BULLET -> {
                    out.end(i);
                    out.sawContent();
                    wordStart = true;
                    i++;
                }
                default -> {
                    out.sawContent();
                    wordStart = false;
                    i++;
                }
            }
        }
        out.end(n);
        return out.sentences();
    }

    /**
     * The scan's class of {@code c}, the same as {@link #classOf} but quick: a table for ASCII, and ranges
     * for the letters of other scripts (Latin accents, Greek, Cyrillic, Hebrew, Arabic, Indic, kana, CJK,
     * Hangul), none of which is whitespace, punctuation that ends a sentence or a bullet.
     */
    static byte kindOf(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (c < 0x2000) {
            return c == '\u0085' ? BREAK : c == '\u00A0' || c == '\u1680' ? SPACE : OTHER_CHAR;
        }
        if (c >= 0x3040 && c < 0xFF00) {
            return OTHER_CHAR;
        }
        return classOf(c);
    }

    /** The scan's class of {@code c}, from its definitions in {@link Chars}. */
    static byte classOf(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return WORD;
        }
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
            out.end(after);
            return after;
        }
        if (after < n && !Chars.isSpace(text.charAt(after))) {
            return j;                          // inside a token: "3.5", "example.com", "Jr.'s", "e.g.,"
        }
        next.read(after);
        if (!next.canStartSentence()) {
            return after;
        }
        boolean attached = i > 0 && !Chars.isSpace(text.charAt(i - 1));
        if (exclaim) {
            if (!isAttributedQuote(j, after) && !isLetterWithExclamation(i)) {
                out.end(after);
            }
        } else if (spaced && attached && dots >= 4) {
            out.end(i + 1);                    // "word. . . . Next": a period, then an ellipsis opening the next
        } else if (spaced || dots >= 2) {
            if (ellipsisEnds(i, j, dots, attached)) {
                out.end(after);
            }
        } else if (periods.ends(out.contentStart(), i, after > j, next)) {
            out.end(after);
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
        if (next.kind() != NextWord.UPPER || next.opened()) {
            return false;
        }
        for (int k = j; k < after; k++) {
            if (Chars.isClosingQuote(text.charAt(k))) {
                return QuoteAttribution.startsAt(text, next.start());
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
            out.end(i);
            return m;
        }
        if (lineBreaks == null) {
            lineBreaks = new LineBreaks(text);
        }
        if (lineBreaks.endsSentence(out.start(), i, m)) {
            out.end(i);
        }
        return k;
    }

    /** A marker opening a sentence starts a list; the list's next marker starts the next sentence. */
    private void listMarker(int i) {
        if (!markers.read(text, i)) {
            return;
        }
        if (ListMarkers.onlyBulletsBetween(text, out.contentStart(), i) || lastNonSpaceIs(i, ':')) {
            next.read(markers.end());
            if (next.kind() == NextWord.UPPER || next.kind() == NextWord.DIGIT || next.kind() == NextWord.OTHER) {
                markers.open();
            }
        } else if (markers.continuesList()) {
            next.read(markers.end());
            if (next.kind() != NextWord.END && next.kind() != NextWord.CONTINUES) {
                out.end(i);
            }
        }
    }

    private boolean lastNonSpaceIs(int i, char c) {
        int k = i - 1;
        int from = out.start();
        while (k >= from && Chars.isSpace(text.charAt(k))) {
            k--;
        }
        return k >= from && text.charAt(k) == c;
    }
}
