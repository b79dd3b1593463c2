package io.newsdigest.render;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a digest comes from and goes to, and how a recipient stops it. Each address is checked when the settings
 * are read (RFC 822 syntax, no line breaks), so a bad setting fails the start, never a send.
 *
 * @param sender             the From address, optionally with a name ({@code News digest <digest@example.org>})
 * @param recipients         the To addresses, at least one
 * @param unsubscribeAddress where a request to stop receiving the digest is mailed ({@code List-Unsubscribe:
 *                           <mailto:...>}); the sender's address when null
 * @param oneClick           one-click unsubscribe (RFC 8058), or null when it is off; when on, every recipient
 *                           gets a message of their own, carrying their own link
 */
public record Mailing(String sender, List<String> recipients, String unsubscribeAddress, OneClickLink oneClick) {

    /** Without one-click unsubscribe; requests to stop go to the sender's address. */
    public Mailing(String sender, List<String> recipients) {
        this(sender, recipients, null, null);
    }

    public Mailing {
        if (sender == null || sender.isBlank()) {
            throw new IllegalArgumentException("no sender address: set the From address of the digest");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipient addresses: set at least one");
        }
        recipients = List.copyOf(recipients);
        address(sender);
        recipients.forEach(Mailing::address);
        unsubscribeAddress = address(unsubscribeAddress == null || unsubscribeAddress.isBlank()
                ? sender : unsubscribeAddress).getAddress();
    }

    /** {@code text} as one mail address; anything else (several, none, malformed, with line breaks) is an error. */
    static InternetAddress address(String text) {
        if (text.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("address contains a line break: " + text.strip());
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(text, true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("expected one address, got " + parsed.length + ": " + text);
            }
            parsed[0].validate();
            // Re-made so that a display name outside ASCII is written MIME-encoded, not as raw 8-bit bytes.
            return new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), "UTF-8");
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a mail address: " + text + " (" + e.getMessage() + ")", e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is required of every JVM", e);
        }
    }

    /** The bare address of the sender, without a display name. */
    public String senderAddress() {
        return address(sender).getAddress();
    }

    /**
     * The recipients, as given, whose bare address is not among {@code unsubscribed} (bare addresses, compared
     * without regard to case).
     */
    public List<String> recipientsExcept(Set<String> unsubscribed) {
        Set<String> lower = new HashSet<>();
        unsubscribed.forEach(a -> lower.add(a.strip().toLowerCase(Locale.ROOT)));
        return recipients.stream()
                .filter(r -> !lower.contains(address(r).getAddress().toLowerCase(Locale.ROOT))).toList();
    }

    /** The bare address of one recipient as given in {@link #recipients()}. */
    public static String bare(String recipient) {
        return address(recipient).getAddress();
    }

    /** The bare recipient addresses. */
    public List<String> recipientAddresses() {
        return recipients.stream().map(r -> address(r).getAddress()).toList();
    }
}
