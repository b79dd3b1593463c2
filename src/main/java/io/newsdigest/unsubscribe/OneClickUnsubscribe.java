package io.newsdigest.unsubscribe;

import io.newsdigest.port.Unsubscribes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One-click unsubscribe as RFC 8058 defines it, behind the link of a digest's {@code List-Unsubscribe} header:
 * a {@code POST} with a valid token records its address as unsubscribed and answers 200; a token that is forged,
 * altered, expired or already used answers 403 and records nothing. A {@code GET} (a link preview, a security
 * scanner, a reader's browser) changes nothing: it answers a page whose button sends the {@code POST}.
 */
public final class OneClickUnsubscribe {

    private final UnsubscribeTokens tokens;
    private final Unsubscribes unsubscribes;
    private final Clock clock;

    public OneClickUnsubscribe(UnsubscribeTokens tokens, Unsubscribes unsubscribes, Clock clock) {
        this.tokens = tokens;
        this.unsubscribes = unsubscribes;
        this.clock = clock;
    }

    /** What was answered; {@code body} is a short HTML page. */
    public record Answer(int status, String body) {
    }

    /**
     * @param method the HTTP method
     * @param token  the {@code token} query parameter, or null
     */
    public Answer handle(String method, String token) {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD")) {
            return new Answer(200, page("Unsubscribe from the news digest",
                    "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                            + "<button type=\"submit\">Stop sending me the digest</button></form>"));
        }
        if (!m.equals("POST")) {
            return new Answer(405, page("Not allowed", "<p>Only POST unsubscribes.</p>"));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<String> address = tokens.verify(token, today);
        if (address.isEmpty()) {
            return new Answer(403, page("Link not valid", "<p>This unsubscribe link is not valid or has expired."
                    + " Reply to the digest to be removed instead.</p>"));
        }
        if (!unsubscribes.add(address.get(), clock.instant())) {
            return new Answer(403, page("Link already used", "<p>This unsubscribe link was used already.</p>"));
        }
        return new Answer(200, page("Unsubscribed", "<p>You will not receive the news digest any more.</p>"));
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body style=\"font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em\">"
                + "<h1 style=\"font-size:1.4em\">" + title + "</h1>" + content + "</body></html>";
    }
}
