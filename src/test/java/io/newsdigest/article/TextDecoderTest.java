package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8_cut_inside_its_last_character_keeps_every_other_character() throws UnreadableUpload {
        byte[] whole = "Der Bürgermeister sagte, die Fähre fährt nicht mehr über den Fluß.".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2); // "ß" loses its second byte, "." is gone

        TextDecoder.Decoded d = decoder.decode(cut);

        assertEquals("Der Bürgermeister sagte, die Fähre fährt nicht mehr über den Flu\uFFFD", d.text());
        assertEquals(List.of("not valid UTF-8: 1 malformed byte sequence(s) replaced by \uFFFD"), d.issues());
    }

    @Test
    void a_single_accented_letter_in_windows_1252_is_not_mistaken_for_broken_utf8() throws UnreadableUpload {
        byte[] bytes = "The café will stay open all summer.".getBytes(Charset.forName("windows-1252"));

        TextDecoder.Decoded d = decoder.decode(bytes);

        assertEquals("The café will stay open all summer.", d.text());
    }

    @Test
    void a_utf16_declaration_on_a_page_written_in_ascii_is_ignored() throws UnreadableUpload {
        byte[] bytes = "<meta charset=\"utf-16\"><p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));

        assertEquals("<meta charset=\"utf-16\"><p>café</p>", decoder.decode(bytes).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RIFFS DEEPEN INSIDE COALITION AS TALKS STALL. The partners met again.",
        "RIFF\n\nA riff is a short repeated phrase in music.", "GIF8 was the name of an early draft.",
        "GIF89a is the version most browsers show.", "%PDF files are everywhere, the auditors said.",
        "%PDF-1.7 is an ISO standard since 2008", "PK is what the shop calls its packing station.",
        "\u007fELF is not a word."})
    void printable_text_that_starts_like_a_file_signature_is_text(String text) throws UnreadableUpload {
        assertEquals(text.replace("\u007f", ""), decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void stray_control_characters_are_removed_and_a_next_line_is_a_line_break() throws UnreadableUpload {
        String text = "The harbour ferry\u0007 sails at\u0090 nine every morning from the north pier."
                + "\u0085Tickets cost\u007f four euros on board.\tNo change is given for larger notes.";
        String seen = "The harbour ferry sails at nine every morning from the north pier."
                + "\nTickets cost four euros on board.\tNo change is given for larger notes.";

        assertEquals(seen, decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(seen, decoder.decode(text.getBytes(StandardCharsets.UTF_16)).text());
        String withoutC0 = text.replace("\u0007", "");
        assertEquals(seen, decoder.decode(withoutC0.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void a_signature_with_the_bytes_that_must_follow_it_is_refused() {
        byte[] wave = {'R', 'I', 'F', 'F', 0x24, 0x08, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' '};
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 0x20, 0, 0x10, 0, (byte) 0xf7, 0, 0, 'x'};
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.US_ASCII);
        assertEquals("binary content (RIFF media), not an article", reason(wave));
        assertEquals("binary content (GIF image), not an article", reason(gif));
        assertEquals("binary content (PDF document), not an article", reason(pdf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE"})
    void text_with_a_byte_order_mark_is_decoded_in_its_charset(String charset) throws UnreadableUpload {
        String text = "The library reopened on Monday. \u56f3\u66f8\u9928\u304c\u518d\u958b. \ud83d\ude00";
        byte[] bytes = ("\ufeff" + text).getBytes(Charset.forName(charset));
        assertEquals(text, decoder.decode(bytes).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16_without_a_byte_order_mark_in_scripts_without_zero_bytes_is_decoded(String charset)
            throws UnreadableUpload {
        for (String text : List.of(
                "\u5e02\u7acb\u56f3\u66f8\u9928\u306f\u6708\u66dc\u65e5\u306b\u6539\u88c5\u3092\u7d42\u3048"
                        + "\u3066\u518d\u958b\u3057\u305f\u3002\u65b0\u3057\u3044\u7aef\u672b\u3002",
                "\uc2dc\ub9bd \ub3c4\uc11c\uad00\uc740 \uc6d4\uc694\uc77c\uc5d0 \ub2e4\uc2dc \ubb38\uc744 "
                        + "\uc5f4\uc5c8\ub2e4. \uc5f4\ub78c\uc2e4\uc740 \ubc24 \uc544\ud649 \uc2dc\uae4c\uc9c0.",
                "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u0430\u044f \u0431\u0438\u0431\u043b\u0438"
                        + "\u043e\u0442\u0435\u043a\u0430 \u043e\u0442\u043a\u0440\u044b\u043b\u0430\u0441\u044c.")) {
            assertEquals(text, decoder.decode(text.getBytes(Charset.forName(charset))).text());
        }
    }

    @Test
    void ascii_with_stray_control_bytes_is_not_mistaken_for_utf16() {
        byte[] bytes = "Ferry\u0000 service\u0000 ends\u0000.\u0001\u0002\u0003 ".repeat(20)
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals("binary content (control characters), not an article", reason(bytes));
    }

    private String reason(byte[] bytes) {
        try {
            return "decoded: " + decoder.decode(bytes).text();
        } catch (UnreadableUpload e) {
            return e.getMessage();
        }
    }
}
