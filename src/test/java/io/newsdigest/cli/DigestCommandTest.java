package io.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {

    private static final Path DAY = Path.of("src/test/resources/io/newsdigest/aws/inbox");

    @Test
    void writes_exactly_the_email_that_would_be_sent_and_its_parts(@TempDir Path out) throws Exception {
        Path eml = out.resolve("out.eml");
        Path html = out.resolve("out.html");
        Path text = out.resolve("out.txt");
        Path json = out.resolve("out.json");

        int status = Main.run("digest", "--date", "2024-06-20", "--from", "News digest <digest@news.example>",
                "--to", "reader@example.org,editor@example.org", "--eml", eml.toString(), "--html", html.toString(),
                "--text", text.toString(), "--json", json.toString(), DAY.toString());

        assertEquals(0, status);
        MimeMessage mail;
        try (InputStream in = Files.newInputStream(eml)) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertTrue(mail.getSubject().startsWith("News digest, 20 June 2024: "), mail.getSubject());
        assertEquals("digest@news.example", ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals(2, mail.getRecipients(Message.RecipientType.TO).length);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertEquals(Files.readString(text), lf(parts.getBodyPart(0).getContent()));
        assertEquals(Files.readString(html), lf(parts.getBodyPart(1).getContent()));
        assertTrue(Files.readString(json).contains("\"date\" : \"2024-06-20\""));
        assertTrue(Files.readString(html).contains("Where sources differ"));
    }

    @Test
    void the_sample_digest_names_every_article_by_its_outlet_never_by_its_file(@TempDir Path out) throws Exception {
        Path text = out.resolve("out.txt");

        int status = Main.run("digest", "--date", "2026-11-22", "--text", text.toString(), "samples");

        assertEquals(0, status);
        String digest = Files.readString(text);
        for (String outlet : List.of("Coastline Daily", "The Harbour Courier", "Island Radio News", "Northern Wire",
                "Amsel Post")) {
            assertTrue(digest.contains(outlet), outlet);
        }
        for (String fileName : List.of("samples", ".txt", ".html", ".md", ".json", "harbour-courier", "amsel-post")) {
            assertFalse(digest.contains(fileName), fileName);
        }
    }

    @Test
    void with_an_archive_a_day_reads_the_digests_before_it_and_keeps_its_own(@TempDir Path archive)
            throws Exception {
        Path days = Path.of("src/test/resources/followup/days");
        Path json = archive.resolve("out.json");

        int first = Main.run("digest", "--date", "2024-09-12", "--archive", archive.toString(),
                days.resolve("2024-09-12").toString());
        int second = Main.run("digest", "--date", "2024-09-13", "--archive", archive.toString(), "--json",
                json.toString(), days.resolve("2024-09-13").toString());

        assertEquals(0, first);
        assertEquals(0, second);
        for (String file : new String[] {"digest.json", "digest.html", "digest.txt"}) {
            assertTrue(Files.exists(archive.resolve("2024-09-12").resolve(file)), file);
        }
        assertEquals(Files.readString(json), Files.readString(archive.resolve("2024-09-13/digest.json")));
        assertTrue(Files.readString(json).contains("\"continues\" : {\n      \"date\" : \"2024-09-12\""),
                Files.readString(json));
    }

    private static String lf(Object body) {
        return ((String) body).replace("\r\n", "\n");
    }
}
