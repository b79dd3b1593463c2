package io.newsdigest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.newsdigest.article.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parsed-article record of the contract as JSON text, written field by field with jackson-core's streaming
 * generator: {@code key, sha256, format, title, source, url, published, language, sentences, issues} in that
 * order, unknown fields as {@code null}. The text is exactly what {@link Json#write} and {@link Json#writePretty}
 * make of the same {@link Article}s (so {@link Json#read} reads it back), without loading data binding: the
 * ingest path writes one record per upload, and a fresh function should not pay for a mapper to do it.
 */
public final class ArticleJson {

    private ArticleJson() {
    }

    /** The stored record of {@code article}: compact JSON, as filed under {@code articles/YYYY-MM-DD/}. */
    public static String write(Article article) {
        StringWriter out = new StringWriter(256 + 64 * article.sentences().size());
        try (JsonGenerator g = JsonStreams.FACTORY.createGenerator(out)) {
            write(g, article);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string target has no other failure
        }
        return out.toString();
    }

    /** {@code articles} as one indented JSON array, for people to read (the {@code parse} command's output). */
    public static String writePretty(List<Article> articles) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonStreams.FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartArray();
            for (Article a : articles) {
                write(g, a);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", a.key());
        g.writeStringField("sha256", a.sha256());
        g.writeStringField("format", a.format());
        g.writeStringField("title", a.title());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        g.writeStringField("published", a.published());
        g.writeStringField("language", a.language());
        strings(g, "sentences", a.sentences());
        strings(g, "issues", a.issues());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
