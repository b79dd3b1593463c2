package io.newsdigest.article;

import io.newsdigest.extract.Dates;
import io.newsdigest.extract.Extraction;
import io.newsdigest.extract.HtmlExtractor;
import io.newsdigest.extract.JsonArticleReader;
import io.newsdigest.extract.MarkdownExtractor;
import io.newsdigest.extract.TextExtractor;
import io.newsdigest.text.LanguageGuesser;
import io.newsdigest.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one {@link Upload} into an {@link Article}, or a {@link Rejection} with a reason; never throws for bad
 * content. The stages, in order: size check, charset ({@link TextDecoder}), format ({@link FormatSniffer}),
 * extraction per format, uploader metadata override, sentence splitting ({@link SentenceSplitter}), removal of
 * repeated sentences, identity hash, language.
 */
public final class ArticleParser {

    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern CONTROL_OR_SPACE_RUN = Pattern.compile("[\\p{Cntrl}\\s]+");

    /** Default upper bound on an upload's size. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final FormatSniffer sniffer = new FormatSniffer();
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextExtractor text = new TextExtractor();
    private final MarkdownExtractor markdown = new MarkdownExtractor();
    private final JsonArticleReader json = new JsonArticleReader(html, text);
    private final SentenceSplitter splitter;
    private final LanguageGuesser languages = new LanguageGuesser();

    public ArticleParser(long maxBytes, SentenceSplitter splitter) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.splitter = splitter;
    }

    public ArticleParser() {
        this(DEFAULT_MAX_BYTES, new SentenceSplitter());
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ParseOutcome parse(Upload upload) {
        try {
            return new ParseOutcome.Parsed(read(upload));
        } catch (UnreadableUpload e) {
            return ParseOutcome.rejected(upload.key(), e.getMessage());
        } catch (StackOverflowError e) {
            return ParseOutcome.rejected(upload.key(), "document nested too deeply to read");
        } catch (RuntimeException e) {
            return ParseOutcome.rejected(upload.key(), "could not be parsed: " + e.getClass().getSimpleName());
        }
    }

    private Article read(Upload upload) throws UnreadableUpload {
        byte[] bytes = upload.bytes();
        if (bytes.length > maxBytes) {
            throw new UnreadableUpload("larger than the " + maxBytes + "-byte limit (" + bytes.length + " bytes)");
        }
        if (bytes.length == 0) {
            throw new UnreadableUpload("empty file");
        }
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new UnreadableUpload("only whitespace, no text");
        }
        Format format = sniffer.sniff(upload.key(), decoded.text());
        Extraction x = switch (format) {
            case HTML -> html.extract(decoded.text(), upload.metadata().get("url"));
            case JSON -> json.extract(decoded.text());
            case MARKDOWN -> markdown.extract(decoded.text());
            case TEXT -> text.extract(decoded.text());
        };
        List<String> sentences = distinctSentences(x.blocks());
        if (sentences.isEmpty()) {
            throw new UnreadableUpload("no article text found in the " + format.id());
        }
        List<String> issues = new ArrayList<>(decoded.issues());
        issues.addAll(x.issues());
        Map<String, String> meta = upload.metadata();
        String published = meta.containsKey("published") ? Dates.isoDate(meta.get("published")) : x.published();
        String language = x.language() != null ? x.language() : languages.guess(String.join(" ", sentences));
        return new Article(upload.key(), sha256(sentences), format.id(),
                clean(x.title()),
                clean(meta.getOrDefault("source", x.source())),
                clean(meta.getOrDefault("url", x.url())),
                published, language, sentences, issues);
    }

    private List<String> distinctSentences(List<String> blocks) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            for (String s : splitter.split(block)) {
                if (seen.add(normalize(s))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = CONTROL_OR_SPACE_RUN.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    /** Case, width, quote style and spacing do not make a different article. */
    static String normalize(String s) {
        String straightQuotes = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return SPACE_RUN.matcher(straightQuotes).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(List<String> sentences) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : sentences) {
                md.update(normalize(s).getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
