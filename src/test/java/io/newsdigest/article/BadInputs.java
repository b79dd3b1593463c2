package io.newsdigest.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bad-input corpus: {@code src/test/resources/bad-inputs/MANIFEST.tsv} lists every case with its expected
 * outcome; small cases are files beside it, large ones are built here at run time so that git never holds them.
 */
public final class BadInputs {

    /** One row of the manifest. */
    public record Case(String name, boolean rejected, List<String> checks, String what) {

        public boolean generated() {
            return name.startsWith(GENERATED);
        }

        /** The file name the case has in a folder of uploads. */
        public String fileName() {
            return generated() ? name.substring(GENERATED.length()) : name;
        }

        /** The case's bytes: the file's, or freshly generated ones. */
        public byte[] bytes() {
            if (generated()) {
                Supplier<byte[]> generator = GENERATORS.get(fileName());
                if (generator == null) {
                    throw new IllegalStateException("no generator for " + name);
                }
                return generator.get();
            }
            try {
                return Files.readAllBytes(folder().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final String MANIFEST = "MANIFEST.tsv";
    private static final String GENERATED = "generated/";
    private static final int MB = 1024 * 1024;
    /** Just under the default 10 MB limit, so these cases are parsed, not refused for their size. */
    private static final int NEAR_LIMIT = 10 * MB - 4096;

    /** A short article of our own, in the formats the cases wrap it in. */
    private static final String TRAM_TEXT = "The city council approved a new tram line to the eastern districts on"
            + " Saturday, by 27 votes to 14. Construction is to start next spring. The line will have nine stops.";
    private static final String TRAM_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Tram line approved</title>"
            + "</head><body><article><h1>Tram line approved</h1><p>" + TRAM_TEXT + "</p></article></body></html>";
    private static final String TRAM_MARKDOWN = "---\ntitle: Tram line approved\n---\n\n# Tram line approved\n\n"
            + TRAM_TEXT + "\n";

    private static final Map<String, Supplier<byte[]>> GENERATORS = Map.ofEntries(
            Map.entry("zip-bomb.html", BadInputs::zipBomb),
            Map.entry("one-line-50mb.txt", () -> repeatedTo("ferry word ", 50 * MB)),
            Map.entry("one-line-near-limit.txt", () -> repeatedTo("ferry word ", NEAR_LIMIT)),
            Map.entry("sentences-near-limit.txt", () -> prose("", " ", "", NEAR_LIMIT)),
            Map.entry("long-word.txt", () -> repeatedTo("x", 5 * MB)),
            Map.entry("nested-div-100000.html", () -> utf8("<!DOCTYPE html><html><body>" + "<div>".repeat(100_000)
                    + "<p>The text at the bottom of the well is still found.</p>" + "</div>".repeat(100_000)
                    + "</body></html>")),
            Map.entry("nested-blockquote-100000.html", () -> nested("<blockquote>Quoted line %d. ", 100_000)),
            Map.entry("nested-list-100000.html", () -> nested("<ul><li>Item %d is in the list. ", 100_000)),
            Map.entry("nested-table-100000.html", () -> nested("<table><tr><td>Cell %d holds a figure. ", 100_000)),
            Map.entry("formatting-left-open.html", () -> times("<p>Paragraph %d tells what the council decided.",
                    "<!DOCTYPE html><html><body><b id=a1><b id=a2><b id=a3><b id=a4><b id=a5><b id=a6><b id=a7>"
                            + "<b id=a8><b id=a9><b id=a10><b id=a11><b id=a12>", 20_000)),
            Map.entry("paragraphs-2mb.html", () -> prose("<p>", "</p>\n",
                    "<!DOCTYPE html><html><head><title>Ferry</title></head><body><article>", 2 * MB)),
            Map.entry("too-many-tags.html", () -> repeatedTo("<p>", NEAR_LIMIT)),
            Map.entry("json-title-10mb.json", () -> utf8("{\"title\": \"" + "Ferry ".repeat(10_000_000 / 6)
                    + "\", \"body\": \"The ferry stops on Friday. The bus starts on Monday.\"}")),
            Map.entry("json-nested-100000.json", () -> utf8("[".repeat(100_000) + "]".repeat(100_000))),
            Map.entry("json-ld-nested-100000.html", () -> utf8("<html><head><script type=\"application/ld+json\">"
                    + "[".repeat(100_000) + "</script></head><body><article><p>The ferry leaves at noon on Friday."
                    + " The council confirmed the time.</p></article></body></html>")),
            Map.entry("comments-before-page.html", () -> utf8("<!-- -->\n".repeat(1_000) + TRAM_PAGE)),
            Map.entry("comments-before-page-abrupt.html", () -> utf8("<!-->\n<!--->\n<!-- a -- b -->\n".repeat(350)
                    + TRAM_PAGE)),
            Map.entry("markdown-rule-2000.md", () -> utf8(TRAM_MARKDOWN + "\n" + "-".repeat(2_000) + "\n")),
            Map.entry("markdown-rule-spaced-5000.md", () -> utf8(TRAM_MARKDOWN + "\n" + "* ".repeat(5_000) + "\n\n"
                    + TRAM_MARKDOWN.lines().skip(3).collect(java.util.stream.Collectors.joining("\n")) + "\n"
                    + "_".repeat(5_000) + "\n")),
            Map.entry("json-language-9mb.json", () -> utf8("{\"title\": \"Tram line approved\", \"language\": \"en-"
                    + "x".repeat(9 * MB) + "\", \"body\": \"" + TRAM_TEXT + "\"}")),
            Map.entry("comment-closed-at-once-then-2m-tags.html", () -> repeatedAfter("<html><body><article><p>" + TRAM_TEXT
                    + "</p><!-->", "<p>ab", NEAR_LIMIT)),
            Map.entry("comment-closed-by-dash-then-2m-tags.html", () -> repeatedAfter("<html><body><p>" + TRAM_TEXT
                    + "</p><!--->", "<p>ab", NEAR_LIMIT)),
            Map.entry("quote-opening-an-attribute-name-then-2m-tags.html", () -> repeatedAfter(
                    "<html><body><p>" + TRAM_TEXT + "</p><div =\"x>", "<p>ab", NEAR_LIMIT - 8)),
            Map.entry("bogus-comment-then-2m-tags.html", () -> repeatedAfter("<html><body><p>" + TRAM_TEXT
                    + "</p><!x --><![CDATA[ a ]]><?x <!-- >", "<p>ab", NEAR_LIMIT)),
            Map.entry("json-html-body-2m-tags.json", () -> utf8("{\"title\": \"Tram line approved\", \"body\": \"<p>"
                    + TRAM_TEXT + "</p>" + "<p>ab".repeat(2_000_000) + "\"}")),
            Map.entry("markdown-2m-inline-tags.md", () -> utf8(TRAM_MARKDOWN + "\n" + "<i>ab</i>".repeat(1_000_000)
                    + "\n")),
            Map.entry("style-blocks-520-in-head.html", () -> utf8(rawBlocksInHead("<style>.a{}</style>"))),
            Map.entry("title-textarea-xmp-blocks-520.html", () -> utf8(rawBlocksInHead(
                    "<title>Tram</title><textarea>x</textarea><xmp><div></xmp><noembed>y</noembed>"))),
            Map.entry("script-escapes-520.html", () -> utf8(rawBlocksInHead(
                    "<script><!-- <script>var a = '<div>';</script> --></script><script>b = '</scripts>';</script>"))),
            Map.entry("controls-after-64k.txt", () -> utf8(new String(prose("", " ", "", 70_000), StandardCharsets.UTF_8)
                    + "\n\nThe last paragraph has a bell\u0007 and an escape\u001b in it.\u0000\n")));


    private BadInputs() {
    }

    public static Path folder() {
        try {
            return Path.of(BadInputs.class.getResource("/bad-inputs/" + MANIFEST).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case of the manifest, in its order. */
    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve(MANIFEST), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4 || !(f[1].equals("rejected") || f[1].equals("parsed"))) {
                    throw new IllegalStateException("bad manifest line: " + line);
                }
                out.add(new Case(f[0], f[1].equals("rejected"), Arrays.asList(f[2].split(" ; ")), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Writes every case into {@code dir} under its file name. */
    public static void writeAll(Path dir) throws IOException {
        for (Case c : cases()) {
            Files.write(dir.resolve(c.fileName()), c.bytes());
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code head}, then {@code unit} repeated until {@code size} bytes (whole units only). */
    private static byte[] repeatedAfter(String head, String unit, int size) {
        return utf8(head + unit.repeat((size - head.length()) / unit.length()));
    }

    /**
     * A page with 520 of {@code blocks} in its head (more than the 512 levels the guard allows, were they never
     * closed), then an article, reader comments and a footer that extraction must keep apart.
     */
    private static String rawBlocksInHead(String blocks) {
        return "<html><head><title>Tram</title>" + blocks.repeat(520) + "</head><body><article><p>" + TRAM_TEXT
                + "</p></article><div class=comments><p>I think the council is wasting our money again, as it always"
                + " does.</p></div><footer><p>The Daily Example is published by Example Media Group in Port Amsel."
                + "</p></footer></body></html>";
    }

    private static byte[] repeatedTo(String unit, int size) {
        byte[] u = utf8(unit);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = u[i % u.length];
        }
        return out;
    }

    private static final String[] SUBJECTS = {"The council", "A ferry pilot", "The harbour office", "Local traders",
        "The county engineer", "A passenger group", "The mayor", "Two ward members"};
    private static final String[] VERBS = {"said", "reported", "confirmed", "denied", "estimated", "wrote"};
    private static final String[] OBJECTS = {"that the crossing will close on Friday", "that repairs cost more than planned",
        "that the bus will run every twenty minutes", "that fares rose last spring", "that the landing needs a new ramp",
        "that the timetable will change in July"};

    /**
     * {@code head}, then invented sentences, each distinct (it carries a number) and each wrapped in
     * {@code open}/{@code close}, until {@code size} bytes.
     */
    private static byte[] prose(String open, String close, String head, int size) {
        StringBuilder b = new StringBuilder(size + 200).append(head);
        for (int i = 0; b.length() < size - 200; i++) {
            b.append(open).append(SUBJECTS[i % SUBJECTS.length]).append(' ').append(VERBS[i / 8 % VERBS.length])
                    .append(" on day ").append(i).append(' ').append(OBJECTS[i / 48 % OBJECTS.length]).append('.')
                    .append(close);
        }
        return utf8(b.toString());
    }

    /** {@code head}, then {@code pattern} with 0, 1, 2... {@code count} times. */
    private static byte[] times(String pattern, String head, int count) {
        StringBuilder b = new StringBuilder(head);
        for (int i = 0; i < count; i++) {
            b.append(String.format(pattern, i));
        }
        return utf8(b.toString());
    }

    private static byte[] nested(String opening, int levels) {
        return times(opening, "<!DOCTYPE html><html><body>", levels);
    }

    private static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            byte[] zeros = new byte[MB];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
