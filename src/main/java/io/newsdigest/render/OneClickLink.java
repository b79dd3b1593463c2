package io.newsdigest.render;

import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one-click unsubscribe link of RFC 8058: the HTTPS endpoint that takes the POST, and the tokens that say for
 * whom. The endpoint is checked when the settings are read (absolute {@code https}, no user information, no
 * fragment, nothing that could break a header line).
 */
public record OneClickLink(URI endpoint, UnsubscribeTokens tokens) {

    public OneClickLink {
        if (endpoint == null || tokens == null) {
            throw new IllegalArgumentException("one-click unsubscribe needs an endpoint and a signing secret");
        }
        String s = endpoint.toASCIIString();
        if (!"https".equals(endpoint.getScheme() == null ? null : endpoint.getScheme().toLowerCase(Locale.ROOT))
                || endpoint.getHost() == null || endpoint.getRawUserInfo() != null || endpoint.getRawFragment() != null
                || s.chars().anyMatch(c -> c <= 0x20 || c == '>' || c == '<' || c == ',' || c >= 0x7f)) {
            throw new IllegalArgumentException("the unsubscribe endpoint must be a plain https address: " + s);
        }
    }

    /** The link that unsubscribes {@code address}, for a digest sent on {@code day}. */
    public String forRecipient(String address, LocalDate day) {
        String base = endpoint.toASCIIString();
        return base + (endpoint.getRawQuery() == null ? "?" : "&") + "token=" + tokens.issue(address, day);
    }
}
