package io.newsdigest.local;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import io.newsdigest.json.ArticleJson;
import io.newsdigest.json.Json;
import io.newsdigest.port.ArticleStore;
import io.newsdigest.port.DayArticles;
import io.newsdigest.port.StorageUnavailable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parsed articles in a local folder laid out like the bucket: {@code ROOT/articles/YYYY-MM-DD/SHA256.json}, each
 * file the article record of the contract. Adding creates the file only if it is not there yet, so the same
 * article added twice is written once; a write that fails half-way removes its file and throws
 * {@link StorageUnavailable}. Reading a day returns its articles ordered by file name, and a file that is not a
 * readable article as a rejection naming it. Rejected uploads are kept as
 * {@code ROOT/rejected/YYYY-MM-DD/SHA256-OF-KEY.json} and come first among a day's rejections, ordered by key.
 */
public final class LocalArticleStore implements ArticleStore {

    private final Path root;

    public LocalArticleStore(Path root) {
        this.root = root;
    }

    /** The file that holds {@code sha256}'s article under {@code day}. */
    public Path file(LocalDate day, String sha256) {
        return folder(day).resolve(sha256 + ".json");
    }

    private Path folder(LocalDate day) {
        return root.resolve("articles").resolve(day.toString());
    }

    @Override
    public boolean add(LocalDate day, Article article) {
        Path target = file(day, article.sha256());
        byte[] json = ArticleJson.write(article).getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, json, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the day's reader reports a broken file by name
            }
            throw new StorageUnavailable("file " + target + ": " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void reject(LocalDate day, Rejection rejection) {
        Path target = rejectedFolder(day).resolve(rejection.keyDigest() + ".json");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, Json.write(rejection), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageUnavailable("keep rejection " + target + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private Path rejectedFolder(LocalDate day) {
        return root.resolve("rejected").resolve(day.toString());
    }

    @Override
    public DayArticles day(LocalDate day) {
        List<Rejection> unreadable = rejections(day);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder(day), "*.json")) {
            listing.forEach(files::add);
        } catch (NoSuchFileException e) {
            return new DayArticles(List.of(), unreadable);
        } catch (IOException e) {
            throw new StorageUnavailable("list " + folder(day) + ": " + e.getClass().getSimpleName(), e);
        }
        files.sort(null);
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            try {
                articles.add(Json.read(Files.readAllBytes(f), Article.class));
            } catch (IOException e) {
                throw new StorageUnavailable("read " + f + ": " + e.getClass().getSimpleName(), e);
            } catch (RuntimeException e) {
                unreadable.add(new Rejection(f.toString(), "stored article is not readable JSON: " + e.getMessage()));
            }
        }
        return new DayArticles(articles, unreadable);
    }

    private List<Rejection> rejections(LocalDate day) {
        List<Rejection> rejected = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(rejectedFolder(day), "*.json")) {
            for (Path f : listing) {
                try {
                    rejected.add(Json.read(Files.readAllBytes(f), Rejection.class));
                } catch (RuntimeException e) {
                    rejected.add(new Rejection(f.toString(), "record of a rejected upload is not readable JSON: "
                            + e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            return rejected;
        } catch (IOException e) {
            throw new StorageUnavailable("list " + rejectedFolder(day) + ": " + e.getClass().getSimpleName(), e);
        }
        rejected.sort(Comparator.comparing(Rejection::key));
        return rejected;
    }
}
