package io.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {"CLOSE", "Loading...", "Share", "print dictionary print", "Read more", "Skip to content",
            "Facebook Twitter Email"})
    void recognises_interface_lines(String line) {
        assertTrue(PageChrome.isInterfaceLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home > National > Politics", "Home / News", "News » World » Asia"})
    void recognises_breadcrumbs(String line) {
        assertTrue(PageChrome.isBreadcrumb(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12° Nicosia,", "24 November, 2024", "Friday 19th July 2024", "(0/250자)",
            "Published: 05 Dec. 2024, 11:27", "-", "Updated 3:15 p.m. ET, June 4, 2023"})
    void recognises_widgets_and_date_lines(String line) {
        assertTrue(PageChrome.isWidget(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"More in Science", "Related Stories", "Related Article", "News: Latest Articles",
            "You may also like", "Most read", "TAGS"})
    void recognises_labels_that_open_lists_of_headlines(String line) {
        assertTrue(PageChrome.isListLabel(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Write your comments", "No comments yet", "Join the Discussion",
            "Log in to Twitter or Facebook account to connect", "We use cookies to improve your experience.",
            "© 2024 Example Media. All rights reserved.", "5 min read", "Copyright 2024 The Harbour Gazette",
            "Reporting by Ana Ruiz; Editing by Tom Hale", "READ MORE: Ferry fares rise again",
            "Story continues below advertisement", "To leave a comment, please sign in.",
            "Be the first to review this product"})
    void recognises_prompts_and_notices(String line) {
        assertTrue(PageChrome.isPrompt(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The mayor said the bridge would reopen on Friday, two years after it closed.",
            "Kim and Putin met in Pyongyang on June 19.",
            "Share prices fell 3% on Tuesday after the results were published.",
            "North Korea and Russia sign defence pact"})
    void leaves_sentences_and_headlines_alone(String line) {
        assertFalse(PageChrome.isInterfaceLine(line));
        assertFalse(PageChrome.isBreadcrumb(line));
        assertFalse(PageChrome.isWidget(line));
        assertFalse(PageChrome.isListLabel(line));
        assertFalse(PageChrome.isPrompt(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comments are closed", "xsign in to comment", "signing up to read", "resend a tip",
            "3 minutes reading time", "to comment, sign in", "the copyright lawyer"})
    void tries_each_prompt_only_where_a_word_starts(String line) {
        Pattern all = Pattern.compile("\\b(?:" + String.join("|", PageChrome.PROMPTS) + ")");
        assertEquals(all.matcher(line.toLowerCase(Locale.ROOT)).find(), PageChrome.isPrompt(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The leaders pose for a photo after the signing on June 19. [NEWS AGENCY]",
            "Crowds gather outside the stadium. (AP Photo/Jane Doe)", "Photo: City archive"})
    void recognises_photo_credits(String line) {
        assertTrue(PageChrome.hasPhotoCredit(line));
    }
}
