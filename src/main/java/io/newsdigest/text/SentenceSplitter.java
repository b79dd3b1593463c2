package io.newsdigest.text;

import java.util.List;
import java.util.Objects;

/**
 * Splits English news text into sentences, each verbatim from the input except for whitespace: runs of
 * whitespace (line breaks, tabs, no-break spaces) become one space, and each sentence is trimmed.
 *
 * <p>What ends a sentence, in the order the rules are tried ({@link BoundaryScan} has the details):
 * <ol>
 *   <li>a blank line, always; a single line break after a line without final punctuation when that line is
 *       a headline, byline, dateline or list item rather than hard-wrapped prose ({@link LineBreaks});</li>
 *   <li>a bullet, or the next marker of an inline numbered or lettered list ({@link ListMarkers});</li>
 *   <li>".", "?", "!" or an ellipsis followed, after any closing quotes or brackets, by whitespace and a
 *       word that is not in lower case, unless the period belongs to an abbreviation ({@link PeriodRules}):
 *       a title before a name, "No." before a number, an initial, "U.S."-like letter groups, "a.m."/"p.m."
 *       ({@link ClockTimes}), a listed abbreviation ({@link Abbreviations}) or one the text reveals itself
 *       ({@link AbbreviationEvidence}); those end a sentence only before a usual sentence opener
 *       ({@link SentenceStarters}). A quoted question followed by its speaker ({@link QuoteAttribution}),
 *       decimals, times, e-mail addresses and URLs never end one.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe; one pass over the characters of the text, linear in its length. Never
 * throws on any text; a blank text has no sentences.
 */
public final class SentenceSplitter {

    /** Returns the sentences of {@code text} in order; never {@code null}, empty for blank text. */
    public List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        return new BoundaryScan(text).sentences();
    }
}
