package io.newsdigest.bench;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.json.Json;
import io.newsdigest.local.LocalUploads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The cold-start measure: a fresh JVM ingests one upload from the local file system and exits, doing what
 * the ingest function does for one inbox object (read it, parse it, store the parsed article as JSON under
 * {@code articles/YYYY-MM-DD/SHA256.json}), with local files in place of S3. {@code bench/run.sh} times the
 * whole process from start to exit.
 *
 * <p>Usage: {@code java -cp news-digest.jar io.newsdigest.bench.ColdIngest FILE STORE_DIR}. Exit status 0 when
 * the article was stored, 1 when the upload was rejected (the reason on stderr), 2 on a usage error.
 */
public final class ColdIngest {

    private ColdIngest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ColdIngest FILE STORE_DIR");
            System.exit(2);
        }
        ArticleParser parser = new ArticleParser();
        ParseOutcome outcome = new LocalUploads(parser.maxBytes()).read(Path.of(args[0]), parser::parse);
        if (outcome instanceof ParseOutcome.Rejected r) {
            System.err.println(r.key() + ": rejected: " + r.rejection().reason());
            System.exit(1);
        }
        Article article = ((ParseOutcome.Parsed) outcome).article();
        Path target = Path.of(args[1], "articles", LocalDate.now(ZoneOffset.UTC).toString(), article.sha256() + ".json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, Json.write(article), StandardCharsets.UTF_8);
    }
}
