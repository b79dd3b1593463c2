package io.newsdigest.local;

import io.newsdigest.port.DigestArchive;
import io.newsdigest.port.DigestFiles;
import io.newsdigest.port.StorageUnavailable;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The digest archive in a local folder laid out as the bucket's {@code digests/}: {@code DIR/<day>/digest.json},
 * {@code digest.html}, {@code digest.txt}, {@code outline.json}. So a laptop can run day after day as the digest function does.
 */
public final class LocalDigestArchive implements DigestArchive {

    private final Path root;

    public LocalDigestArchive(Path root) {
        this.root = root;
    }

    @Override
    public void keep(LocalDate day, DigestFiles files) {
        Path dir = root.resolve(day.toString());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("digest.json"), files.json(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("digest.html"), files.html(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("digest.txt"), files.text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("outline.json"), files.outline(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageUnavailable("cannot write the digest of " + day + " under " + dir + ": " + e, e);
        }
    }

    @Override
    public Optional<InputStream> digestJson(LocalDate day) {
        return open(day, "digest.json");
    }

    @Override
    public Optional<InputStream> outlineJson(LocalDate day) {
        return open(day, "outline.json");
    }

    private Optional<InputStream> open(LocalDate day, String name) {
        Path file = root.resolve(day.toString()).resolve(name);
        try {
            return Optional.of(new FileInputStream(file.toFile()));
        } catch (FileNotFoundException e) {
            if (Files.notExists(file)) {
                return Optional.empty();
            }
            throw new StorageUnavailable("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
