package io.newsdigest.cli;

import io.newsdigest.article.Article;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.json.ArticleJson;
import io.newsdigest.local.LocalUploads;
import io.newsdigest.port.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parse", description = "Parses each file as an uploaded article; prints a JSON array of articles. "
        + "On a terminal, shows progress on standard error.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "articles: HTML, text, Markdown or JSON")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        ArticleParser parser = new ArticleParser();
        LocalUploads uploads = new LocalUploads(parser.maxBytes());
        List<Article> parsed = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Progress progress = TerminalProgress.onStandardError();
        List<Path> found = uploads.files(files);
        for (int i = 0; i < found.size(); i++) {
            ParseOutcome outcome = uploads.read(found.get(i), parser::parse);
            progress.advanced("files read", i + 1, found.size());
            if (outcome instanceof ParseOutcome.Parsed p) {
                parsed.add(p.article());
            } else if (outcome instanceof ParseOutcome.Rejected r) {
                rejected.add(r.rejection().asLine());
            }
        }
        // after the progress line is done, so that no rejection is printed into it
        rejected.forEach(System.err::println);
        Output.println(ArticleJson.writePretty(parsed));
        return parsed.isEmpty() && !files.isEmpty() ? 1 : 0;
    }
}
