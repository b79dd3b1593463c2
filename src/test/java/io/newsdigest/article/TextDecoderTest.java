package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
