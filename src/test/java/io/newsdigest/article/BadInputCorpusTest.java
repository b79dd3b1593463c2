package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.newsdigest.text.InvisibleCharacters;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the bad-input corpus ({@link BadInputs}) through {@link ArticleParser}: each is rejected
 * with the reason the manifest names or parsed with what it names, never throws, and costs at most
 * {@link #CPU_BUDGET} of processor time (measured on the parsing thread, so a busy machine does not fail it).
 */
class BadInputCorpusTest {

    static final Duration CPU_BUDGET = Duration.ofSeconds(2);
    private static final Duration WALL_LIMIT = Duration.ofSeconds(60);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ArticleParser parser = new ArticleParser();

    @TestFactory
    Stream<DynamicTest> every_case_has_the_outcome_its_manifest_line_names_within_the_time_budget() {
        return BadInputs.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(BadInputs.Case c) {
        byte[] bytes = c.bytes();
        Upload upload = new Upload(c.fileName(), bytes);
        ParseOutcome outcome = Assertions.assertTimeoutPreemptively(WALL_LIMIT, () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            ParseOutcome o = parser.parse(upload);
            Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
            assertTrue(cpu.compareTo(CPU_BUDGET) <= 0, c + " took " + cpu.toMillis() + " ms of CPU");
            return o;
        });
        assertEquals(c.fileName(), outcome.key(), "the key is the name as given, never decoded or changed");
        if (c.rejected()) {
            if (!(outcome instanceof ParseOutcome.Rejected r)) {
                fail(c + " should be rejected but was parsed: " + ((ParseOutcome.Parsed) outcome).article());
                return;
            }
            for (String check : c.checks()) {
                assertTrue(check.startsWith("reason~"), c + ": only reason~ checks apply to a rejection");
                assertContains(r.rejection().reason(), check.substring("reason~".length()), c + " reason");
            }
            assertFalse(r.rejection().reason().contains("\n"), "a reason is one line");
        } else {
            if (!(outcome instanceof ParseOutcome.Parsed p)) {
                fail(c + " should be parsed but was rejected: " + ((ParseOutcome.Rejected) outcome).rejection().reason());
                return;
            }
            Article a = p.article();
            assertFalse(a.sentences().isEmpty());
            for (String sentence : a.sentences()) {
                assertTrue(sentence.length() <= ArticleParser.MAX_SENTENCE_CHARS, "sentence length");
                assertEquals(sentence.strip(), sentence, "sentences are trimmed");
                assertVisible(c, sentence);
            }
            for (String field : Arrays.asList(a.title(), a.source(), a.url())) {
                assertVisible(c, field);
            }
            assertTrue(a.language() == null || a.language().matches("[a-z]{2,3}"), c + " language " + a.language());
            for (String check : c.checks()) {
                checkArticle(c, a, check);
            }
        }
    }

    private static void checkArticle(BadInputs.Case c, Article a, String check) {
        String msg = c + " [" + check + "] " + shortly(a);
        int eq = check.indexOf('=');
        int tilde = check.indexOf('~');
        if (check.equals("no-issues")) {
            assertEquals(List.of(), a.issues(), msg);
        } else if (check.startsWith("format=")) {
            assertEquals(value(check), a.format(), msg);
        } else if (check.startsWith("language=")) {
            assertEquals(nullable(value(check)), a.language(), msg);
        } else if (check.startsWith("title=")) {
            assertEquals(nullable(value(check)), a.title(), msg);
        } else if (check.startsWith("title~")) {
            assertNotNull(a.title(), msg);
            assertContains(a.title(), check.substring(tilde + 1), msg);
        } else if (check.startsWith("title-chars<=")) {
            assertNotNull(a.title(), msg);
            assertTrue(a.title().length() <= Integer.parseInt(check.substring("title-chars<=".length())), msg);
        } else if (check.startsWith("issue~")) {
            String t = check.substring(tilde + 1);
            assertTrue(a.issues().stream().anyMatch(i -> lower(i).contains(lower(t))), msg);
        } else if (check.startsWith("sentences>=")) {
            assertTrue(a.sentences().size() >= Integer.parseInt(check.substring("sentences>=".length())), msg);
        } else if (check.startsWith("sentences=")) {
            assertEquals(Integer.parseInt(value(check)), a.sentences().size(), msg);
        } else if (check.startsWith("sentence=")) {
            assertTrue(a.sentences().contains(value(check)), msg);
        } else if (check.startsWith("sentence~")) {
            String t = check.substring(tilde + 1);
            assertTrue(a.sentences().stream().anyMatch(s -> lower(s).contains(lower(t))), msg);
        } else if (check.startsWith("!text~")) {
            String t = unescape(check.substring(tilde + 1));
            assertFalse(a.title() != null && lower(a.title()).contains(lower(t)), msg);
            assertFalse(a.sentences().stream().anyMatch(s -> lower(s).contains(lower(t))), msg);
        } else {
            fail("unknown check '" + check + "' for " + c + (eq < 0 ? "" : ""));
        }
    }

    @Test
    void the_corpus_holds_at_least_thirty_cases_and_every_file_has_a_manifest_line() throws IOException {
        List<BadInputs.Case> cases = BadInputs.cases();
        assertTrue(cases.size() >= 30, "only " + cases.size() + " cases");
        Set<String> listed = cases.stream().filter(c -> !c.generated()).map(BadInputs.Case::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> files;
        try (Stream<Path> list = Files.list(BadInputs.folder())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(BadInputs.MANIFEST))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, listed);
        assertEquals(cases.size(), cases.stream().map(BadInputs.Case::fileName).distinct().count(), "names are unique");
    }

    @Test
    void the_reliability_report_lists_every_case() throws IOException {
        String report = Files.readString(Path.of("RELIABILITY.md"));
        for (BadInputs.Case c : BadInputs.cases()) {
            assertTrue(report.contains("| `" + c.name() + "` |"), c + " is missing from RELIABILITY.md");
        }
    }

    @Test
    void an_upload_over_the_limit_is_refused_from_its_length_before_any_of_it_is_looked_at() {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024]; // zeros: decoding them would be refused differently
        long start = THREADS.getCurrentThreadCpuTime();
        ParseOutcome o = parser.parse(new Upload("big.txt", fiftyMegabytes));
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertEquals("larger than the 10485760-byte limit (52428800 bytes)",
                ((ParseOutcome.Rejected) o).rejection().reason());
        assertTrue(cpuMillis < 50, cpuMillis + " ms");
    }

    /** Stored text holds no control or invisible character, nor a line break. */
    private static void assertVisible(BadInputs.Case c, String text) {
        if (text == null) {
            return;
        }
        text.codePoints().filter(cp -> InvisibleCharacters.isInvisible(cp) || cp == '\n' || cp == '\r').findFirst()
                .ifPresent(cp -> fail(c + ": U+" + Integer.toHexString(cp) + " in " + text));
    }

    private static String shortly(Article a) {
        String s = a.toString();
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    private static void assertContains(String actual, String expected, String what) {
        assertTrue(lower(actual).contains(lower(expected)), what + ": '" + actual + "' lacks '" + expected + "'");
    }

    private static String value(String check) {
        return check.substring(check.indexOf('=') + 1);
    }

    private static String nullable(String v) {
        return v.equals("null") ? null : v;
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
