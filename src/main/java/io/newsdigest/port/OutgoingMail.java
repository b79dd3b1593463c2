package io.newsdigest.port;

import java.util.List;
import java.util.Objects;

/**
 * A complete e-mail ready to hand to a mail service.
 *
 * @param from the sender's bare address
 * @param to   the recipients' bare addresses
 * @param mime the whole message, headers and body, as sent
 */
public record OutgoingMail(String from, List<String> to, String subject, byte[] mime) {

    public OutgoingMail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(mime, "mime");
        to = List.copyOf(to);
    }
}
