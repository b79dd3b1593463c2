package io.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.json.Json;
import org.junit.jupiter.api.Test;

class DayBenchmarkTest {

    @Test
    void a_run_reports_the_day_it_measured_as_one_json_line_in_the_promised_order() {
        BenchResult r = DayBenchmark.run(new SyntheticDay(30, 3, 4), 0);
        assertEquals(30, r.articles());
        assertEquals(3, r.stories());
        assertTrue(r.distinctArticles() + r.rejected() <= 30 && r.distinctArticles() > 0, r.toString());
        assertTrue(r.distinctArticles() < 30, "identical uploads are stored once: " + r);
        assertTrue(r.peakHeapMB() >= r.liveHeapMB() && r.liveHeapMB() > 0, r.toString());
        assertTrue(r.inputMB() > 0.3 && r.splitMBps() > 0, r.toString());
        String json = Json.write(r);
        assertTrue(json.startsWith("{\"articles\":30,\"stories\":3,\"parseMillis\":"), json);
        assertTrue(json.matches("\\{\"articles\":30,\"stories\":3,\"parseMillis\":\\d+,\"digestMillis\":\\d+,"
                + "\"peakHeapMB\":\\d+,.*"), json);
        assertTrue(!json.contains("\n"));
        assertEquals(0, r.warmupMillis().size());
    }

    @Test
    void reports_each_untimed_run_so_a_reader_sees_when_the_runs_are_warm() {
        BenchResult r = DayBenchmark.run(new SyntheticDay(12, 2, 5), 2, false);
        assertEquals(2, r.warmup());
        assertEquals(2, r.warmupMillis().size(), r.toString());
        assertTrue(Json.write(r).matches(".*\"warmupMillis\":\\[\\d+,\\d+\\]}"), Json.write(r));
    }

    @Test
    void a_parse_only_run_marks_the_digest_figures_as_not_run() {
        BenchResult r = DayBenchmark.run(new SyntheticDay(12, 2, 5), 0, false);
        assertEquals(-1, r.digestMillis());
        assertEquals(-1, r.digestCpuMillis());
        assertEquals(-1, r.digestStories());
        assertTrue(r.distinctArticles() > 0, r.toString());
    }
}
