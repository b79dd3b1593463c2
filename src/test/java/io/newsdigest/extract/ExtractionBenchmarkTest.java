package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Upload;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The article-extraction benchmark (181 real pages with human-marked bodies), read at run time from the shared
 * folder and skipped when it is absent. Every page must parse, and the body, as the {@code sentences} of the
 * parsed article, must score an F1 of at least {@value #MIN_F1} by the benchmark's own measure: 4-word
 * shingles with counts, true and false positives normalised per page, precision and recall averaged over pages.
 * The test also prints pages per second, by wall clock and by CPU time, for one JVM parsing all the pages:
 * once by default, {@code -Dextraction.passes=N} times to see the JVM warm up.
 */
class ExtractionBenchmarkTest {

    private static final double MIN_F1 = 0.96;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void parses_every_benchmark_page_and_finds_its_body() throws IOException {
        Path dir = Path.of(System.getProperty("shared.dir", "../shared"), "extraction-benchmark");
        assumeTrue(Files.isDirectory(dir.resolve("html")), "shared benchmark not present: " + dir);
        JsonNode gold = Json.mapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, byte[]> pages = new HashMap<>();
        for (Iterator<String> ids = gold.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
                pages.put(id, in.readAllBytes());
            }
        }
        ArticleParser parser = new ArticleParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<String>> bodies = new HashMap<>();
        int passes = Integer.getInteger("extraction.passes", 1);
        for (int pass = 1; pass <= passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            bodies.clear();
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                ParseOutcome outcome = parser.parse(new Upload(page.getKey() + ".html", page.getValue()));
                if (outcome instanceof ParseOutcome.Parsed p) {
                    bodies.put(page.getKey(), p.article().sentences());
                }
            }
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("extraction benchmark pass %d: %d pages in %.2f s wall, %.2f s CPU: "
                            + "%.0f pages/s by wall clock, %.0f pages/s by CPU time (load average %.1f)%n",
                    pass, pages.size(), wallSeconds, cpuSeconds, pages.size() / wallSeconds, pages.size() / cpuSeconds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        double precision = 0;
        double recall = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (Iterator<String> ids = gold.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            double[] r = truePositivesAndErrors(gold.get(id).path("articleBody").asText(""),
                    String.join(" ", bodies.getOrDefault(id, List.of())));
            if (r[0] + r[1] > 0) {
                precision += r[0] + r[1] == 0 ? 0 : r[0] / (r[0] + r[1]);
                precisionPages++;
            }
            if (r[0] + r[2] > 0) {
                recall += r[0] / (r[0] + r[2]);
                recallPages++;
            }
        }
        precision /= precisionPages;
        recall /= recallPages;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("extraction benchmark: %d pages, F1 %.3f, precision %.3f, recall %.3f%n",
                pages.size(), f1, precision, recall);
        assertEquals(pages.size(), bodies.size(), "pages that did not parse");
        assertTrue(f1 >= MIN_F1, "F1 " + f1);
    }

    /** The benchmark's per-page tp, fp, fn over 4-word shingles with counts, normalised to sum to 1. */
    private static double[] truePositivesAndErrors(String expected, String got) {
        Map<String, Integer> a = shingles(expected);
        Map<String, Integer> b = shingles(got);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int other = b.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), other);
            fn += Math.max(0, e.getValue() - other);
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            fp += Math.max(0, e.getValue() - a.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
            if (i + 4 <= words.size() || words.size() < 4 && !words.isEmpty()) {
                out.merge(String.join("\u0001", words.subList(i, Math.min(words.size(), i + 4))), 1, Integer::sum);
            }
        }
        return out;
    }
}
