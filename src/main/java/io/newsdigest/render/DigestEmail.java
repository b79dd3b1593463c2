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
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * A rendered digest as one MIME message, the bytes that are mailed and that {@code digest --eml} writes:
 * {@code multipart/alternative} with the plain-text part first and the HTML part second, both UTF-8 and
 * quoted-printable. Header values come from the {@link Mailing} (checked addresses) and a
 * {@link SubjectLine}-clean subject, so no header can be split by content.
 */
public final class DigestEmail {

    private static final Session SESSION = Session.getInstance(new Properties());

    private DigestEmail() {
    }

    /**
     * @param sentAt the message's Date header
     * @return the message in RFC 5322 form, CRLF line endings
     */
    public static byte[] compose(Mailing mailing, RenderedDigest digest, Instant sentAt) {
        try {
            MimeMessage message = new DigestMessage(messageId(mailing, digest));
            message.setFrom(Mailing.address(mailing.sender()));
            List<InternetAddress> to = mailing.recipients().stream().map(Mailing::address).toList();
            message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
            message.setSubject(SubjectLine.headerSafe(digest.subject()), "UTF-8");
            message.setSentDate(Date.from(sentAt));
            message.setHeader("Auto-Submitted", "auto-generated");

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

    /** Stable for the same content and sender, and free of this machine's name (which mail tools would look up). */
    private static String messageId(Mailing mailing, RenderedDigest digest) {
        String sender = mailing.senderAddress();
        String domain = sender.substring(sender.indexOf('@') + 1);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(digest.subject().getBytes(StandardCharsets.UTF_8));
            sha.update(digest.text().getBytes(StandardCharsets.UTF_8));
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
