package io.newsdigest.cli;

import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.Rejection;
import io.newsdigest.digest.Digest;
import io.newsdigest.json.Json;
import io.newsdigest.local.LocalDay;
import io.newsdigest.render.PlainTextDigest;
import io.newsdigest.summary.DigestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "digest", description = "Runs the whole pipeline on files and folders as one day's uploads; "
        + "writes each requested rendering and prints the plain-text digest.")
final class DigestCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day the digest is for (default: today, UTC)")
    LocalDate date;

    @Option(names = "--json", paramLabel = "F", description = "write the digest JSON here")
    Path json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files and folders (recursive)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        LocalDay day = LocalDay.read(paths, new ArticleParser());
        for (Rejection r : day.rejected()) {
            System.err.println(r.key() + ": rejected: " + r.reason());
        }
        if (day.articles().isEmpty()) {
            System.err.println("news-digest: no readable articles in " + paths);
            return 1;
        }
        String day0 = (date != null ? date : LocalDate.now(ZoneOffset.UTC)).toString();
        Digest digest = new DigestEngine().summarize(day0, day.articles(), day.rejected());
        if (json != null) {
            Files.writeString(json, Json.writePretty(digest) + "\n", StandardCharsets.UTF_8);
        }
        Output.println(new PlainTextDigest().render(digest));
        return 0;
    }
}
