package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression that runs on upload text, tried on long repetitions of the units hostile uploads are
 * made of, on a stack far smaller than any thread that parses gets: a pattern whose engine recurses once per
 * repetition (a quantified group over unbounded input) overflows here.
 */
class UploadPatternsTest {

    /** The classes that run patterns on an upload's text. */
    private static final List<String> CLASSES = List.of("io.newsdigest.article.FormatSniffer",
            "io.newsdigest.article.TextDecoder", "io.newsdigest.extract.MarkdownExtractor",
            "io.newsdigest.extract.PageChrome", "io.newsdigest.extract.PastedHeader", "io.newsdigest.extract.Dates");

    /** What hostile uploads repeat: comments, rules, emphasis, links, list marks, words, digits, punctuation. */
    private static final List<String> UNITS = List.of("<!-- -->\n", "<!---->", "-", "- ", "*", "* ", "_ ", "**a ",
            "[a](b) ", "[a", "#", "# ", "> ", "1. ", "a ", "ab", "Ab ", "1", "1 ", "1,", "12:30 ", "°", ".", "'",
            "\"", "/ ", " | ", "<p>", "<a href=x>", "&amp;", "\u00a0", "photo ", "read more ", "sign in ", "A. ");
    private static final int REPEATS = 20_000;
    private static final long STACK_BYTES = 256 * 1024;

    @Test
    void every_pattern_run_on_upload_text_survives_long_repetitions_on_a_small_stack() throws Exception {
        List<Pattern> patterns = patterns();
        assertTrue(patterns.size() >= 15, "the patterns were found: " + patterns.size());
        List<String> overflowed = new ArrayList<>();
        for (String unit : UNITS) {
            String text = "Title\n" + unit.repeat(REPEATS) + "\nThe end.";
            for (Pattern p : patterns) {
                if (overflows(p, text)) {
                    overflowed.add(p.pattern() + " on " + REPEATS + " x '" + unit + "'");
                }
            }
        }
        assertEquals(List.of(), overflowed);
    }

    private static boolean overflows(Pattern p, String text) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Matcher m = p.matcher(new Budgeted(text, 40L * text.length()));
                m.lookingAt();
                m.reset();
                m.matches();
                m.reset();
                for (int k = 0; k < 3 && m.find(); k++) {
                    m.group();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "pattern", STACK_BYTES);
        t.start();
        t.join();
        return failure.get() instanceof StackOverflowError;
    }

    /** Text that stops a match which reads it more than {@code budget} times: a search retried at every position. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private long left;

        Budgeted(String text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new IllegalStateException("read budget spent");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static List<Pattern> patterns() throws Exception {
        List<Pattern> out = new ArrayList<>();
        for (String name : CLASSES) {
            for (Field f : Class.forName(name).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    f.setAccessible(true);
                    out.add((Pattern) f.get(null));
                }
            }
        }
        return out;
    }
}
