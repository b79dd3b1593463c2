package io.newsdigest.daily;

import io.newsdigest.digest.Digest;
import io.newsdigest.followup.DigestHistory;
import io.newsdigest.port.DigestFiles;
import io.newsdigest.port.OutgoingMail;
import io.newsdigest.render.RenderedDigest;
import java.util.List;

/**
 * One day's digest in every form: the digest, its JSON, the rendered text and HTML, and the e-mails as sent.
 *
 * @param json  the digest JSON, indented, as archived and as {@code digest --json} writes it
 * @param mails the e-mails to send: one to every recipient, or one per recipient when each carries a link of
 *              their own (one-click unsubscribe); none when every recipient has unsubscribed
 */
public record Edition(Digest digest, String json, RenderedDigest rendered, List<OutgoingMail> mails) {

    public Edition {
        mails = List.copyOf(mails);
    }

    /** The files archived beside the e-mail. */
    public DigestFiles files() {
        return new DigestFiles(json, rendered.html(), rendered.text(), DigestHistory.outlineJson(digest));
    }
}
