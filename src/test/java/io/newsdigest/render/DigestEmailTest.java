package io.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DigestEmailTest {

    private static final Mailing MAILING = new Mailing("News digest <digest@news.example>",
            List.of("reader@example.org", "Zoë Ärger <zoe@example.org>"));
    private static final RenderedDigest DIGEST = new RenderedDigest(
            "News digest, 20 June 2024: 1 story from 2 articles",
            "Plain text: Brücke & \"quotes\"\n",
            "<!DOCTYPE html><p>HTML: Br&uuml;cke</p>\n");

    @Test
    void is_multipart_alternative_with_text_first_and_html_second() throws Exception {
        MimeMessage m = parse(DigestEmail.compose(MAILING, DIGEST, Instant.parse("2024-06-21T07:00:05Z")));

        assertTrue(m.getContentType().startsWith("multipart/alternative"), m.getContentType());
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertEquals("text/plain; charset=UTF-8", text.getContentType());
        assertEquals("text/html; charset=UTF-8", html.getContentType());
        assertEquals(DIGEST.text(), lf(text.getContent()));
        assertEquals(DIGEST.html(), lf(html.getContent()));
        assertEquals("quoted-printable", text.getHeader("Content-Transfer-Encoding")[0]);
    }

    @Test
    void carries_sender_recipients_subject_and_date() throws Exception {
        MimeMessage m = parse(DigestEmail.compose(MAILING, DIGEST, Instant.parse("2024-06-21T07:00:05Z")));

        assertEquals(new InternetAddress("digest@news.example", "News digest"), m.getFrom()[0]);
        assertEquals(List.of("reader@example.org", "zoe@example.org"),
                List.of(m.getRecipients(Message.RecipientType.TO)).stream()
                        .map(a -> ((InternetAddress) a).getAddress()).toList());
        assertEquals("Zoë Ärger", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[1]).getPersonal());
        assertEquals(DIGEST.subject(), m.getSubject());
        assertEquals(Instant.parse("2024-06-21T07:00:05Z"), m.getSentDate().toInstant());
        assertTrue(m.getMessageID().endsWith("@news.example>"), m.getMessageID());
    }

    @Test
    void a_line_break_in_the_subject_cannot_add_a_header() throws Exception {
        RenderedDigest hostile = new RenderedDigest("Digest\r\nBcc: victim@example.org", "t", "<p>h</p>");

        byte[] mime = DigestEmail.compose(MAILING, hostile, Instant.EPOCH);

        MimeMessage m = parse(mime);
        assertEquals(null, m.getHeader("Bcc"));
        assertEquals("Digest Bcc: victim@example.org", m.getSubject());
        String headers = new String(mime, StandardCharsets.US_ASCII).split("\r\n\r\n")[0];
        assertTrue(headers.lines().noneMatch(l -> l.startsWith("Bcc")), headers);
    }

    @Test
    void addresses_with_line_breaks_or_bad_syntax_fail_when_the_settings_are_read() {
        assertThrows(IllegalArgumentException.class,
                () -> new Mailing("digest@news.example\r\nBcc: victim@example.org", List.of("a@example.org")));
        assertThrows(IllegalArgumentException.class, () -> new Mailing("digest@news.example", List.of("not an address")));
        assertThrows(IllegalArgumentException.class,
                () -> new Mailing("digest@news.example", List.of("a@example.org, b@example.org")));
        assertThrows(IllegalArgumentException.class, () -> new Mailing("digest@news.example", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Mailing(null, List.of("a@example.org")));
    }

    /** A body as written, with the CRLF line ends that MIME transports turned back into LF. */
    private static String lf(Object body) {
        return ((String) body).replace("\r\n", "\n");
    }

    private static MimeMessage parse(byte[] mime) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
    }
}
