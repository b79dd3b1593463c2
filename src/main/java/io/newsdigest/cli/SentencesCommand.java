package io.newsdigest.cli;

import io.newsdigest.json.Json;
import io.newsdigest.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sentences",
        description = "Splits each UTF-8 text file into sentences; prints one JSON array of arrays.")
final class SentencesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        SentenceSplitter splitter = new SentenceSplitter();
        List<List<String>> out = new ArrayList<>();
        for (Path f : files) {
            out.add(splitter.split(Files.readString(f, StandardCharsets.UTF_8)));
        }
        Output.println(Json.write(out));
        return 0;
    }
}
