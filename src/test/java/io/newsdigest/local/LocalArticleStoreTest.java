package io.newsdigest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdigest.article.Article;
import io.newsdigest.article.Rejection;
import io.newsdigest.article.ArticleParser;
import io.newsdigest.article.ParseOutcome;
import io.newsdigest.ingest.Arrival;
import io.newsdigest.ingest.IngestReport;
import io.newsdigest.ingest.Ingestion;
import io.newsdigest.port.DayArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalArticleStoreTest {

    private static final LocalDate DAY = LocalDate.of(2030, 3, 14);
    private static final String ARTICLE = "Ferry service to end\n\nThe river ferry at Marlow Point will stop running"
            + " on Friday, the county council said. Officials blamed rising repair costs.\n";

    @TempDir
    Path dir;

    private final ArticleParser parser = new ArticleParser();

    private static Article article(String sha256, String title) {
        return new Article("inbox/" + title + ".txt", sha256, "text", title, null, null, "2030-03-14", "en",
                List.of("The ferry stops on Friday.", "Officials blamed \"rising\" costs \u2014 again."), List.of());
    }

    @Test
    void an_added_article_is_filed_under_its_day_and_hash_and_reads_back_equal() {
        LocalArticleStore store = new LocalArticleStore(dir);
        Article a = article("ab12", "Ferry");

        assertTrue(store.add(DAY, a));

        assertTrue(Files.isRegularFile(dir.resolve("articles/2030-03-14/ab12.json")));
        assertEquals(new DayArticles(List.of(a), List.of()), store.day(DAY));
    }

    @Test
    void the_same_article_added_twice_is_written_once() throws IOException {
        LocalArticleStore store = new LocalArticleStore(dir);
        Article first = article("ab12", "Ferry");
        store.add(DAY, first);
        byte[] stored = Files.readAllBytes(store.file(DAY, "ab12"));

        assertFalse(store.add(DAY, article("ab12", "Ferry again")));

        assertEquals(new String(stored, StandardCharsets.UTF_8),
                Files.readString(store.file(DAY, "ab12"), StandardCharsets.UTF_8));
        assertEquals(List.of(first), store.day(DAY).articles());
    }

    @Test
    void a_day_lists_its_articles_by_file_name_and_names_a_file_that_is_not_an_article() throws IOException {
        LocalArticleStore store = new LocalArticleStore(dir);
        store.add(DAY, article("cc", "Third"));
        store.add(DAY, article("aa", "First"));
        store.add(DAY.plusDays(1), article("bb", "Next day"));
        Files.writeString(store.file(DAY, "bb"), "{\"key\": \"half a rec", StandardCharsets.UTF_8);

        DayArticles day = store.day(DAY);

        assertEquals(List.of("First", "Third"), day.articles().stream().map(Article::title).toList());
        assertEquals(1, day.unreadable().size());
        assertEquals(store.file(DAY, "bb").toString(), day.unreadable().get(0).key());
        assertTrue(day.unreadable().get(0).reason().startsWith("stored article is not readable JSON"));
    }

    @Test
    void a_day_nothing_was_filed_under_is_empty() {
        assertEquals(new DayArticles(List.of(), List.of()), new LocalArticleStore(dir).day(DAY));
    }

    @Test
    void ingestion_from_local_files_files_what_the_parser_makes_of_the_upload() throws IOException {
        Path upload = Files.writeString(dir.resolve("ferry.txt"), ARTICLE, StandardCharsets.UTF_8);
        LocalArticleStore store = new LocalArticleStore(dir.resolve("store"));
        Ingestion ingestion = new Ingestion(new LocalUploads(parser.maxBytes()), store, parser);

        IngestReport first = ingestion.ingest(List.of(new Arrival(upload.toString(), DAY)));
        IngestReport again = ingestion.ingest(List.of(new Arrival(upload.toString(), DAY)));

        Article parsed = ((ParseOutcome.Parsed) new LocalUploads(parser.maxBytes()).read(upload, parser::parse))
                .article();
        assertEquals(List.of(new IngestReport.Filed(upload.toString(), "2030-03-14", parsed.sha256(), false)),
                first.filed());
        assertTrue(again.filed().get(0).duplicate());
        assertEquals(List.of(parsed), store.day(DAY).articles());
    }

    @Test
    void ingestion_from_local_files_rejects_a_missing_file_and_a_folder_without_opening_them() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        Ingestion ingestion = new Ingestion(new LocalUploads(parser.maxBytes()), new LocalArticleStore(dir), parser);

        IngestReport report = ingestion.ingest(List.of(new Arrival(dir.resolve("gone.txt").toString(), DAY),
                new Arrival(dir.resolve("folder").toString(), DAY)));

        assertEquals(List.of(), report.filed());
        assertEquals(2, report.rejected().size());
        assertTrue(report.rejected().get(0).reason().startsWith("no longer exists"));
        assertEquals(java.util.Set.copyOf(report.rejected()), java.util.Set.copyOf(new LocalArticleStore(dir).day(DAY).unreadable()),
                "the day keeps its rejected uploads for the digest");
    }

    @Test
    void a_rejection_is_kept_once_per_key_and_comes_first_among_the_days_unreadable_records() throws IOException {
        LocalArticleStore store = new LocalArticleStore(dir);
        store.reject(DAY, new Rejection("inbox/b.pdf", "not text"));
        store.reject(DAY, new Rejection("inbox/a.txt", "empty"));
        store.reject(DAY, new Rejection("inbox/b.pdf", "not text: looks like a binary file"));
        Files.createDirectories(store.file(DAY, "x").getParent());
        Files.writeString(store.file(DAY, "broken"), "{not json");

        List<Rejection> unreadable = store.day(DAY).unreadable();

        assertEquals(List.of(new Rejection("inbox/a.txt", "empty"),
                new Rejection("inbox/b.pdf", "not text: looks like a binary file")), unreadable.subList(0, 2));
        assertEquals(3, unreadable.size());
        assertTrue(unreadable.get(2).key().endsWith("broken.json"), unreadable.get(2).key());
        assertEquals(List.of(), store.day(DAY.plusDays(1)).unreadable());
    }

    @Test
    void ingestion_from_local_files_refuses_a_file_over_the_limit_from_its_size() throws IOException {
        ArticleParser small = new ArticleParser(64, new io.newsdigest.text.SentenceSplitter());
        Path upload = Files.writeString(dir.resolve("ferry.txt"), ARTICLE, StandardCharsets.UTF_8);
        Ingestion ingestion = new Ingestion(new LocalUploads(small.maxBytes()), new LocalArticleStore(dir), small);

        IngestReport report = ingestion.ingest(List.of(new Arrival(upload.toString(), DAY)));

        assertEquals("larger than the 64-byte limit (" + Files.size(upload) + " bytes); not read",
                report.rejected().get(0).reason());
    }
}
