package io.newsdigest.cli;

import io.newsdigest.bench.BenchResult;
import io.newsdigest.bench.DayBenchmark;
import io.newsdigest.bench.SyntheticDay;
import io.newsdigest.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Generates a realistic invented day of uploads, parses it and builds its "
        + "digest in process; prints one JSON line with the timings and the heap used.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "uploads in the day (default: ${DEFAULT-VALUE})")
    int articles = 1000;

    @Option(names = "--stories", paramLabel = "S", description = "stories in the day (default: articles / 10)")
    Integer stories;

    @Option(names = "--seed", paramLabel = "X", description = "the same seed gives the same day (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--day", paramLabel = "K", description = "day K of the same events: other articles about them, "
            + "as a running story has on another day (default: ${DEFAULT-VALUE})")
    int day;

    @Option(names = "--warmup", paramLabel = "K",
            description = "untimed runs of the same day first, in the same JVM (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--no-digest", description = "parse only (the ingest side at scale); digest figures are -1")
    boolean noDigest;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "write the day's uploads as files under DIR (named by their keys) instead of measuring")
    Path dump;

    @Override
    public Integer call() throws IOException {
        int s = stories != null ? stories : Math.max(1, articles / 10);
        if (articles < 1 || s < 1 || s > articles || warmup < 0) {
            throw new ParameterException(spec.commandLine(),
                    "need --articles >= 1, 1 <= --stories <= articles, --warmup >= 0");
        }
        SyntheticDay day = new SyntheticDay(articles, s, seed, this.day);
        if (dump != null) {
            write(day, dump);
            return 0;
        }
        BenchResult result = DayBenchmark.run(day, warmup, !noDigest);
        Output.println(Json.write(result));
        return 0;
    }

    private static void write(SyntheticDay day, Path dir) {
        day.forEach(g -> {
            Path file = dir.resolve(g.upload().key());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, g.upload().bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
