package io.newsdigest.cli;

import io.newsdigest.json.Json;
import io.newsdigest.text.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sentences FILE...}: reads each file as UTF-8 text (malformed bytes become U+FFFD, a leading byte
 * order mark is dropped) and prints one JSON array whose i-th element holds the sentences of the i-th file.
 * A file that cannot be read is named on stderr and gets an empty array, so positions still match;
 * the exit status is 1 only when no file could be read.
 */
@Command(name = "sentences",
        description = "Splits each UTF-8 text file into sentences; prints one JSON array of arrays.")
final class SentencesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "plain-text files, UTF-8")
    List<Path> files;

    @Override
    public Integer call() {
        SentenceSplitter splitter = new SentenceSplitter();
        List<List<String>> out = new ArrayList<>();
        int read = 0;
        for (Path f : files) {
            try {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                out.add(splitter.split(text));
                read++;
            } catch (IOException e) {
                System.err.println(f + ": rejected: cannot read (" + e.getClass().getSimpleName() + ")");
                out.add(List.of());
            }
        }
        Output.println(Json.write(out));
        return read == 0 ? 1 : 0;
    }
}
