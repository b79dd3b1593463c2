package io.newsdigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void a_rejection_is_one_line_whatever_the_file_is_called() {
        Rejection r = new Rejection("inbox/evil\nfake.txt: rejected: nothing\r", "empty file");

        assertEquals("inbox/evil\\u000Afake.txt: rejected: nothing\\u000D: rejected: empty file", r.asLine());
    }

    @Test
    void bidirectional_overrides_and_invisible_characters_in_a_name_are_shown() {
        Rejection r = new Rejection("inbox/invoice\u202Etxt.exe\u200B", "binary content (PDF document), not an article");

        assertEquals("inbox/invoice\\u202Etxt.exe\\u200B: rejected: binary content (PDF document), not an article",
                r.asLine());
    }

    @Test
    void accents_and_other_scripts_in_a_name_stay_readable() {
        assertEquals("inbox/nämé 名前 عربي.txt: rejected: empty file",
                new Rejection("inbox/nämé 名前 عربي.txt", "empty file").asLine());
    }
}
