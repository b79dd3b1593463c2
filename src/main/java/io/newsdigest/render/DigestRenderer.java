package io.newsdigest.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.newsdigest.digest.Digest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders a {@link Digest} through the templates in {@code templates/}: {@code digest.html.mustache}, where the
 * template engine escapes every value (article text never becomes markup), and {@code digest.txt.mustache},
 * written as is, each value on one line, then laid out in lines of at most 78 columns ({@link PlainTextLayout}). In
 * both, characters that would reorder the text around them are shown instead ({@link VisibleText}). Templates are
 * compiled once; rendering is thread-safe.
 */
public final class DigestRenderer {

    private static final Mustache HTML = new HtmlFactory().compile("digest.html.mustache");
    private static final Mustache TEXT = new PlainTextFactory().compile("digest.txt.mustache");

    public RenderedDigest render(Digest digest) {
        return render(digest, null);
    }

    /** The digest with a footer that names {@code unsubscribeAddress} (or none, when null) to stop receiving it. */
    public RenderedDigest render(Digest digest, String unsubscribeAddress) {
        DigestView view = DigestView.of(digest, unsubscribeAddress);
        return new RenderedDigest(view.subject(), PlainTextLayout.wrap(execute(TEXT, view), PlainTextLayout.WIDTH),
                execute(HTML, view));
    }

    private static String execute(Mustache template, DigestView view) {
        StringWriter out = new StringWriter();
        try {
            template.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Templates for HTML: every value escaped, after its reordering characters are made visible. */
    private static final class HtmlFactory extends DefaultMustacheFactory {

        HtmlFactory() {
            super("templates");
        }

        @Override
        public void encode(String value, Writer writer) {
            super.encode(VisibleText.of(value), writer);
        }
    }

    /**
     * Templates for plain text: values are written as they are (no markup to escape), reordering made visible,
     * line breaks inside a value turned into spaces ({@link VisibleText}) so that the template alone decides the
     * lines.
     */
    private static final class PlainTextFactory extends DefaultMustacheFactory {

        PlainTextFactory() {
            super("templates");
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(VisibleText.of(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
