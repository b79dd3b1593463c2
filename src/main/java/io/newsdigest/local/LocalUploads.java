package io.newsdigest.local;

import io.newsdigest.article.ParseOutcome;
import io.newsdigest.article.Upload;
import io.newsdigest.port.StorageUnavailable;
import io.newsdigest.port.UploadInfo;
import io.newsdigest.port.UploadSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The local file system as a source of uploads: files and folders (recursively, in name order), each file
 * read as one upload whose key is the path as given.
 *
 * <p>Never writes anything and never throws for a bad path: a path that is missing, unreadable, not a regular
 * file or too large becomes a rejection naming it, and the other files go on. Hidden files and folders (names
 * starting with a dot) are skipped, symbolic links to folders are not followed (so a link loop cannot trap the
 * walk), and a device or pipe is never opened (reading one could block for ever). A file is read at most once
 * per run however often it is named, and never more than one byte beyond the size limit.
 *
 * <p>As an {@link UploadSource} (what the ingest path reads, see {@code io.newsdigest.ingest.Ingestion}) a key is
 * a path: only a regular file (or a link to one) exists; a folder, device or pipe is absent and never opened; a
 * file that exists but cannot be read throws {@link StorageUnavailable}. Uploads on disk carry no metadata.
 */
public final class LocalUploads implements UploadSource {

    private final long maxBytes;

    public LocalUploads(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Every file under {@code paths}, each once, in the order given and by name inside a folder. A path that
     * is not a folder is listed as it is, readable or not, so that {@link #read} reports it.
     */
    public List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) {
            List<Path> found = Files.isDirectory(p) ? walk(p) : List.of(p);
            for (Path f : found) {
                if (seen.add(f.toAbsolutePath().normalize())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<Path> walk(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean linkToFile = attrs.isSymbolicLink() && Files.isRegularFile(file);
                    if (!hidden(file) && (attrs.isRegularFile() || linkToFile)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) {
                        found.add(file); // read() names it with the reason
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(folder);
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public Optional<UploadInfo> describe(String key) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(Path.of(key), BasicFileAttributes.class);
            return attrs.isRegularFile() ? Optional.of(new UploadInfo(attrs.size(), Map.of())) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailable("describe " + key + ": " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Optional<byte[]> read(String key, long limit) {
        Path file = Path.of(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8)));
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailable("read " + key + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads one file and hands it to {@code parser}; a file over the size limit is refused from its size alone,
     * without reading it, and a file that is not a regular file is never opened.
     */
    public ParseOutcome read(Path file, Function<Upload, ParseOutcome> parser) {
        String key = file.toString();
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                return ParseOutcome.rejected(key, "a folder that could not be listed");
            }
            if (!attrs.isRegularFile()) {
                return ParseOutcome.rejected(key, "not a regular file (a device, pipe or socket); not read");
            }
            if (attrs.size() > maxBytes) {
                return ParseOutcome.rejected(key,
                        "larger than the " + maxBytes + "-byte limit (" + attrs.size() + " bytes); not read");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // one byte more than the limit, so a file that grew since its size was read is still caught
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            return parser.apply(new Upload(key, bytes));
        } catch (NoSuchFileException e) {
            return ParseOutcome.rejected(key, "no such file (missing, or deleted before it could be read)");
        } catch (AccessDeniedException e) {
            return ParseOutcome.rejected(key, "could not be read: permission denied");
        } catch (FileSystemException e) {
            return ParseOutcome.rejected(key, "could not be read: "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()));
        } catch (IOException e) {
            return ParseOutcome.rejected(key, "could not be read: " + e.getClass().getSimpleName());
        }
    }
}
