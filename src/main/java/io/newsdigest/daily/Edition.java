package io.newsdigest.daily;

import io.newsdigest.digest.Digest;
import io.newsdigest.port.DigestFiles;
import io.newsdigest.port.OutgoingMail;
import io.newsdigest.render.RenderedDigest;

/**
 * One day's digest in every form: the digest, its JSON, the rendered text and HTML, and the e-mail as sent.
 *
 * @param json the digest JSON, indented, as archived and as {@code digest --json} writes it
 */
public record Edition(Digest digest, String json, RenderedDigest rendered, OutgoingMail mail) {

    /** The files archived beside the e-mail. */
    public DigestFiles files() {
        return new DigestFiles(json, rendered.html(), rendered.text());
    }
}
