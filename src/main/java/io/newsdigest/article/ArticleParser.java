package io.newsdigest.article;

import io.newsdigest.extract.Dates;
import io.newsdigest.extract.Extraction;
import io.newsdigest.extract.HtmlExtractor;
import io.newsdigest.extract.JsonArticleReader;
import io.newsdigest.extract.MarkdownExtractor;
import io.newsdigest.extract.TextExtractor;
import io.newsdigest.text.InvisibleCharacters;
import io.newsdigest.text.LanguageGuesser;
import io.newsdigest.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one {@link Upload} into an {@link Article}, or a {@link Rejection} with a reason; never throws for bad
 * content (nor lets a stack overflow or an exhausted heap while reading one upload escape), and takes time linear in the upload's size whatever its shape. The stages, in order: size check,
 * charset ({@link TextDecoder}), format ({@link FormatSniffer}), markup limits ({@link MarkupGuard}),
 * extraction per format, uploader metadata override, sentence splitting ({@link SentenceSplitter}), removal of
 * repeated sentences and of sentences no reader could use, identity hash, language.
 */
public final class ArticleParser {

    /** Default upper bound on an upload's size. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** A longer "sentence" is a run of text without sentence ends (a dump, a list), not something to quote. */
    public static final int MAX_SENTENCE_CHARS = 3_000;
    /** Metadata values are cut to this many characters. */
    public static final int MAX_FIELD_CHARS = 1_000;
    /** How much of the body the language guess reads. */
    private static final int LANGUAGE_SAMPLE_CHARS = 20_000;

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
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    public ArticleParser() {
        this(DEFAULT_MAX_BYTES, new SentenceSplitter());
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Parses one upload; an upload over {@link #maxBytes()} is refused from its length alone. */
    public ParseOutcome parse(Upload upload) {
        try {
            return new ParseOutcome.Parsed(read(upload));
        } catch (UnreadableUpload e) {
            return ParseOutcome.rejected(upload.key(), e.getMessage());
        } catch (StackOverflowError e) {
            return ParseOutcome.rejected(upload.key(), "could not be parsed (StackOverflowError)");
        } catch (RuntimeException e) {
            return ParseOutcome.rejected(upload.key(), "could not be parsed (" + e.getClass().getSimpleName() + ")");
        } catch (OutOfMemoryError e) {
            // what this upload allocated is garbage once we are here: the other uploads go on
            return ParseOutcome.rejected(upload.key(), "too large to parse in the memory available");
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
        String content = decoded.text();
        if (content.isBlank()) {
            throw new UnreadableUpload("only whitespace, no text");
        }
        List<String> issues = new ArrayList<>(decoded.issues());
        Format format = sniffer.sniff(upload.key(), content);
        if ((format == Format.TEXT || format == Format.MARKDOWN) && !hasLetterOrDigit(content)) {
            throw new UnreadableUpload("no letters or digits, no text");
        }
        if ((format == Format.HTML || format == Format.MARKDOWN) && content.indexOf('<') >= 0) {
            MarkupGuard.Guarded guarded = MarkupGuard.guard(content);
            content = guarded.markup();
            issues.addAll(guarded.issues());
        }
        Extraction x = switch (format) {
            case HTML -> html.extract(content, upload.metadata().get("url"));
            case JSON -> json.extract(content);
            case MARKDOWN -> markdown.extract(content);
            case TEXT -> text.extract(content);
        };
        issues.addAll(x.issues());
        Body body = body(x.blocks());
        if (body.sentences().isEmpty()) {
            throw new UnreadableUpload(body.tooLong() > 0
                    ? "no sentence shorter than " + MAX_SENTENCE_CHARS + " characters in the " + format.id()
                    : "no article text found in the " + format.id());
        }
        if (body.tooLong() > 0) {
            issues.add(body.tooLong() + " run(s) of text longer than " + MAX_SENTENCE_CHARS
                    + " characters without a sentence end left out");
        }
        Map<String, String> meta = upload.metadata();
        String published = meta.containsKey("published") ? Dates.isoDate(meta.get("published")) : x.published();
        String language = x.language() != null ? x.language() : languages.guess(body.sample());
        return new Article(upload.key(), body.sha256(), format.id(),
                field("title", x.title(), issues),
                field("source", meta.getOrDefault("source", x.source()), issues),
                field("url", meta.getOrDefault("url", x.url()), issues),
                published, language, body.sentences(), issues);
    }

    /**
     * The article's sentences: each said once (see {@link #normalize}), none without a letter or digit, none
     * longer than {@link #MAX_SENTENCE_CHARS}, none holding an invisible or control character
     * ({@link InvisibleCharacters}); with the identity hash and the start of the text.
     */
    private record Body(List<String> sentences, String sha256, String sample, int tooLong) {
    }

    private Body body(List<String> blocks) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        MessageDigest identity = sha256();
        StringBuilder sample = new StringBuilder();
        int tooLong = 0;
        for (String block : blocks) {
            for (String s : splitter.split(InvisibleCharacters.removeFrom(block))) {
                if (s.length() > MAX_SENTENCE_CHARS) {
                    tooLong++;
                    continue;
                }
                if (!hasLetterOrDigit(s)) {
                    continue;
                }
                String key = normalize(s);
                if (seen.add(key)) {
                    out.add(s);
                    identity.update(key.getBytes(StandardCharsets.UTF_8));
                    identity.update((byte) '\n');
                    if (sample.length() < LANGUAGE_SAMPLE_CHARS) {
                        sample.append(s).append(' ');
                    }
                }
            }
        }
        return new Body(out, HexFormat.of().formatHex(identity.digest()), sample.toString(), tooLong);
    }

    /**
     * A metadata value on one line, without control or invisible characters, at most {@link #MAX_FIELD_CHARS}
     * long.
     */
    private static String field(String name, String value, List<String> issues) {
        if (value == null) {
            return null;
        }
        String t = collapse(InvisibleCharacters.removeFrom(value), false);
        if (t.length() > MAX_FIELD_CHARS) {
            issues.add(name + " longer than " + MAX_FIELD_CHARS + " characters; cut");
            int cut = Character.isLowSurrogate(t.charAt(MAX_FIELD_CHARS)) ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS;
            t = t.substring(0, cut).strip();
        }
        return t.isEmpty() ? null : t;
    }

    /**
     * The identity of a sentence: case, width (NFKC), quote style and spacing do not make a different one.
     * One pass, and no Unicode normalization at all for ASCII text.
     */
    static String normalize(String s) {
        String t = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return collapse(t, true).toLowerCase(Locale.ROOT);
    }

    /**
     * Whitespace and control characters become single spaces, ends trimmed; with {@code plainQuotes}, curly
     * quotes become straight ones.
     */
    private static String collapse(String s, boolean plainQuotes) {
        // read from an array (C1 makes each charAt of a string with a curly quote a call), written over in place:
        // n never passes i
        char[] b = s.toCharArray();
        int n = 0;
        boolean space = false;
        for (int i = 0; i < b.length; i++) {
            char c = b[i];
            if (c <= ' ' || c == 0x7f
                    || c >= 0x80 && (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0')) {
                space = n > 0;
                continue;
            }
            if (space) {
                b[n++] = ' ';
                space = false;
            }
            if (plainQuotes) {
                c = switch (c) {
                    case '\u2018', '\u2019' -> '\'';
                    case '\u201c', '\u201d' -> '"';
                    default -> c;
                };
            }
            b[n++] = c;
        }
        return new String(b, 0, n);
    }

    private static boolean isAscii(String s) {
        for (char c : s.toCharArray()) {
            if (c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
