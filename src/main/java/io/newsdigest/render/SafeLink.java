package io.newsdigest.render;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A link a reader may follow: only {@code http} and {@code https} addresses with a host, shown with the host they
 * really lead to (in ASCII, so look-alike letters cannot pass for another site).
 *
 * @param href the address, with its host in ASCII and without user information
 * @param host the host the address leads to, lower-case ASCII
 */
public record SafeLink(String href, String host) {

    /** The link for {@code url}, or empty for anything else (other schemes, no host, malformed, blank). */
    public static Optional<SafeLink> of(String url) {
        if (url == null || url.isBlank() || url.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            String host = uri.getHost();
            if (host == null && uri.getRawAuthority() != null) {
                host = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
            }
            if (host == null || host.isEmpty()) {
                return Optional.empty();
            }
            String ascii = IDN.toASCII(host).toLowerCase(Locale.ROOT);
            // The address is rebuilt around the ASCII host, without user information (which only serves to
            // disguise the host), so that the address and the host shown beside it agree letter for letter.
            URI clean = new URI(scheme, null, ascii, uri.getPort(), uri.getPath(), uri.getQuery(), uri.getFragment());
            return Optional.of(new SafeLink(clean.toASCIIString(), ascii));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
