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
import io.newsdigest.unsubscribe.UnsubscribeTokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void every_message_carries_a_mailto_list_unsubscribe_and_no_one_click_header_unless_enabled() throws Exception {
        MimeMessage m = parse(DigestEmail.compose(MAILING, DIGEST, Instant.parse("2024-06-21T07:00:05Z")));

        assertEquals("<mailto:digest@news.example?subject=unsubscribe>", m.getHeader("List-Unsubscribe", null));
        assertEquals(null, m.getHeader("List-Unsubscribe-Post"));

        Mailing elsewhere = new Mailing("News digest <digest@news.example>", List.of("reader@example.org"),
                "stop+digest@news.example", null);
        MimeMessage other = parse(DigestEmail.compose(elsewhere, DIGEST, Instant.EPOCH));
        assertEquals("<mailto:stop+digest@news.example?subject=unsubscribe>", other.getHeader("List-Unsubscribe", null));
    }

    @Test
    void with_one_click_each_message_goes_to_one_recipient_with_their_own_signed_https_link() throws Exception {
        UnsubscribeTokens tokens = new UnsubscribeTokens("a signing secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8));
        Mailing mailing = new Mailing("News digest <digest@news.example>", MAILING.recipients(), null,
                new OneClickLink(URI.create("https://abc123.lambda-url.us-east-1.on.aws/"), tokens));
        Instant sent = Instant.parse("2024-06-21T07:00:05Z");

        MimeMessage zoe = parse(DigestEmail.compose(mailing, List.of(MAILING.recipients().get(1)), DIGEST, sent));

        assertEquals(List.of("zoe@example.org"), List.of(zoe.getRecipients(Message.RecipientType.TO)).stream()
                .map(a -> ((InternetAddress) a).getAddress()).toList());
        assertEquals("List-Unsubscribe=One-Click", zoe.getHeader("List-Unsubscribe-Post", null));
        Matcher link = Pattern.compile("^<(https://abc123\\.lambda-url\\.us-east-1\\.on\\.aws/\\?token=([A-Za-z0-9._-]+))>, "
                + "<mailto:digest@news\\.example\\?subject=unsubscribe>$").matcher(zoe.getHeader("List-Unsubscribe", null));
        assertTrue(link.matches(), zoe.getHeader("List-Unsubscribe", null));
        assertEquals(java.util.Optional.of("zoe@example.org"), tokens.verify(link.group(2), LocalDate.of(2024, 6, 21)));
        assertThrows(IllegalArgumentException.class, () -> DigestEmail.compose(mailing, DIGEST, sent),
                "one message to several recipients cannot carry each one's link");
        assertThrows(IllegalArgumentException.class,
                () -> new OneClickLink(URI.create("http://abc123.lambda-url.us-east-1.on.aws/"), tokens));
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
