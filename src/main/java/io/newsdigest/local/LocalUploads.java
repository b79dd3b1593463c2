package io.newsdigest.local;

import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The local file system as a source of uploads: files and folders (recursively, in name order), each file
 * read as one upload whose key is the path as given. Never writes anything.
 */
public final class LocalUploads {

    private final long maxBytes;

    public LocalUploads(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every regular file under {@code paths}, in a stable order; a path that does not exist is an error. */
    public List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
        }
        return out;
    }

    /**
     * Reads one file and hands it to {@code parser}; a file over the size limit is refused from its size alone,
     * without reading it.
     */
    public ParseOutcome read(Path file, Function<Upload, ParseOutcome> parser) {
        String key = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return ParseOutcome.rejected(key, "larger than the " + maxBytes + "-byte limit (" + size + " bytes)");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            return parser.apply(new Upload(key, bytes));
        } catch (IOException e) {
            return ParseOutcome.rejected(key, "could not be read: " + e.getClass().getSimpleName());
        }
    }
}
