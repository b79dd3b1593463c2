package io.newsdigest.cli;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.json.ArticleJson;
import io.newsdigest.local.LocalUploads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parse", description = "Parses each file as an uploaded article; prints a JSON array of articles.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "articles: HTML, text, Markdown or JSON")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        ArticleParser parser = new ArticleParser();
        LocalUploads uploads = new LocalUploads(parser.maxBytes());
        List<Article> parsed = new ArrayList<>();
        for (Path file : uploads.files(files)) {
            ParseOutcome outcome = uploads.read(file, parser::parse);
            if (outcome instanceof ParseOutcome.Parsed p) {
                parsed.add(p.article());
            } else if (outcome instanceof ParseOutcome.Rejected r) {
                System.err.println(r.rejection().asLine());
            }
        }
        Output.println(ArticleJson.writePretty(parsed));
        return parsed.isEmpty() && !files.isEmpty() ? 1 : 0;
    }
}
