package io.newsdigest.quantity;

import io.newsdigest.text.AnalyzedSentence;
import io.newsdigest.text.Term;
import io.newsdigest.text.TermAnalyzer;
import io.newsdigest.text.Token;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the numbers a sentence states and reads each as a {@link Quantity}: digits or words ("twelve", "1.2
 * million", "dozens"), with a qualifier before ("at least", "about", "more than") or after ("or more"), a
 * currency sign, a unit ("984 feet", "300m", "5 per cent", "-3°C"), a magnitude, an age, a year, a date
 * ("June 19", "19 June", "Dec. 4", "2024-06-19"), a weekday or a time of day ("3:45 p.m. GMT", "noon").
 * Numbers that label a thing ("Article 4", "Flight 370") are not quantities. Never throws.
 *
 * <p>One left-to-right pass: each token not yet taken goes to the first reader that takes it, in this order.
 * A word: {@link CalendarDates} (month, weekday), {@link ClockTimes} (noon, midnight), {@link SpelledNumbers}.
 * Digits: {@link ClockTimes} (3:45, 4 pm), {@link CalendarDates} (2024-06-19, 19 June), {@link MeasuredAmounts}
 * (money, percent, temperature, magnitude, age, units, a year, else a {@link Counts count}).
 */
public final class QuantityReader {

    /** Nouns that say what a measurement (not a count) is of. */
    private static final Set<String> MEASURE_NOUNS = Set.of("depth", "deep", "height", "high", "tall", "length",
            "long", "width", "wide", "distance", "offshore", "altitude", "speed", "radius", "diameter", "area",
            "earthquake", "aftershock", "shares", "stock", "price", "prices", "cost", "costs", "fine", "budget",
            "revenue", "profit", "loss", "salary", "wage", "compensation", "funds", "damages", "ransom",
            "inflation", "unemployment", "growth", "turnout", "rate", "interest", "sentence", "temperature",
            "weight", "tax", "tariff", "debt", "valuation", "sales", "bail");

    private final TermAnalyzer analyzer;
    private final Set<String> measureKeys = new TreeSet<>();
    private final MeasuredAmounts amounts;
    private final SpelledNumbers spelled;

    public QuantityReader(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        Counts counts = new Counts(analyzer);
        for (String w : MEASURE_NOUNS) {
            measureKeys.add(analyzer.key(w, false));
        }
        this.amounts = new MeasuredAmounts(counts);
        this.spelled = new SpelledNumbers(counts, amounts);
    }

    /** The quantities of one sentence, in reading order. */
    public List<Quantity> read(List<Token> tokens) {
        return read(tokens, analyzer.terms(tokens));
    }

    /** The quantities of one sentence already analyzed (its terms made by an equal analyzer), in reading order. */
    public List<Quantity> read(AnalyzedSentence sentence) {
        return read(sentence.tokens(), sentence.terms());
    }

    private List<Quantity> read(List<Token> tokens, List<Term> terms) {
        SentencePass pass = new SentencePass(tokens, terms, measureKeys);
        for (int i = 0; i < pass.size(); i++) {
            if (pass.isUsed(i)) {
                continue;
            }
            Token t = pass.token(i);
            if (t.isWord()) {
                if (!CalendarDates.readWord(pass, i) && !ClockTimes.readWord(pass, i)) {
                    spelled.read(pass, i);
                }
            } else if (t.isNumber() && !ClockTimes.readDigits(pass, i) && !CalendarDates.readDigits(pass, i)) {
                amounts.readDigits(pass, i);
            }
        }
        return pass.quantities();
    }
}
