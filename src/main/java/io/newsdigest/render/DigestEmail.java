package io.newsdigest.render;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * A rendered digest as one MIME message, the bytes that are mailed and that {@code digest --eml} writes:
 * {@code multipart/alternative} with the plain-text part first and the HTML part second, both UTF-8 and
 * quoted-printable. Header values come from the {@link Mailing} (checked addresses and link) and a
 * {@link SubjectLine}-clean subject, so no header can be split by content. Every message carries
 * {@code List-Unsubscribe} with a {@code mailto:} address; with one-click unsubscribe on, a message goes to one
 * recipient and also carries that recipient's HTTPS link and {@code List-Unsubscribe-Post} (RFC 8058).
 */
public final class DigestEmail {

    private static final Session SESSION = Session.getInstance(new Properties());

    private DigestEmail() {
    }

    /** The message to every recipient of {@code mailing}; see {@link #compose(Mailing, List, RenderedDigest, Instant)}. */
    public static byte[] compose(Mailing mailing, RenderedDigest digest, Instant sentAt) {
        return compose(mailing, mailing.recipients(), digest, sentAt);
    }

    /**
     * @param to     recipients of this message, as {@link Mailing#recipients()} writes them; exactly one when
     *               one-click unsubscribe is on
     * @param sentAt the message's Date header; its UTC day is the day an unsubscribe link is issued
     * @return the message in RFC 5322 form, CRLF line endings
     */
    public static byte[] compose(Mailing mailing, List<String> to, RenderedDigest digest, Instant sentAt) {
        if (to.isEmpty() || (mailing.oneClick() != null && to.size() != 1)) {
            throw new IllegalArgumentException("a message with one-click unsubscribe goes to exactly one recipient, "
                    + "any other to at least one; got " + to.size());
        }
        try {
            List<InternetAddress> recipients = to.stream().map(Mailing::address).toList();
            MimeMessage message = new DigestMessage(messageId(mailing, recipients, digest));
            message.setFrom(Mailing.address(mailing.sender()));
            message.setRecipients(Message.RecipientType.TO, recipients.toArray(InternetAddress[]::new));
            message.setSubject(SubjectLine.headerSafe(digest.subject()), "UTF-8");
            message.setSentDate(Date.from(sentAt));
            message.setHeader("Auto-Submitted", "auto-generated");
            String unsubscribe = "<mailto:" + mailtoSafe(mailing.unsubscribeAddress()) + "?subject=unsubscribe>";
            if (mailing.oneClick() != null) {
                String link = mailing.oneClick().forRecipient(recipients.get(0).getAddress(),
                        LocalDate.ofInstant(sentAt, ZoneOffset.UTC));
                message.setHeader("List-Unsubscribe", "<" + link + ">, " + unsubscribe);
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            } else {
                message.setHeader("List-Unsubscribe", unsubscribe);
            }

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(digest.text(), "plain"));
            alternative.addBodyPart(part(digest.html(), "html"));
            message.setContent(alternative);
            message.saveChanges();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("the digest could not be written as a MIME message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** An address as a {@code mailto:} URI writes it: anything but letters, digits and {@code @._+-} escaped. */
    private static String mailtoSafe(String address) {
        StringBuilder out = new StringBuilder();
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "@._+-".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * Stable for the same content, sender and recipients, and free of this machine's name (which mail tools would
     * look up).
     */
    private static String messageId(Mailing mailing, List<InternetAddress> to, RenderedDigest digest) {
        String sender = mailing.senderAddress();
        String domain = sender.substring(sender.indexOf('@') + 1);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(digest.subject().getBytes(StandardCharsets.UTF_8));
            sha.update(digest.text().getBytes(StandardCharsets.UTF_8));
            for (InternetAddress a : to) {
                sha.update(a.getAddress().getBytes(StandardCharsets.UTF_8));
            }
            return "<news-digest." + HexFormat.of().formatHex(sha.digest(), 0, 12) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static final class DigestMessage extends MimeMessage {

        private final String messageId;

        DigestMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
