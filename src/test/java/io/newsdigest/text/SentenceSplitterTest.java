package io.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private void splits(String text, String... expected) {
        assertEquals(List.of(expected), splitter.split(text));
    }

    @Test
    void keeps_a_quote_with_its_attribution() {
        splits("\"We will not back down,\" the minister said. Talks resume on Monday.",
                "\"We will not back down,\" the minister said.", "Talks resume on Monday.");
    }

    @Test
    void ends_a_sentence_after_a_closing_quote() {
        splits("He said: \"No.\" Then he left.", "He said: \"No.\"", "Then he left.");
        splits("She called it “a disgrace.” Her party agreed.", "She called it “a disgrace.”", "Her party agreed.");
    }

    @Test
    void keeps_a_closing_quote_set_off_by_a_space_with_its_sentence() {
        splits("They called it “the quiet year. ” Then the strikes began.",
                "They called it “the quiet year. ”", "Then the strikes began.");
    }

    @Test
    void keeps_a_quoted_question_with_the_speaker_after_it() {
        splits("\"Who pays for this?\" Deputy Mayor Ann Cole asked. Nobody answered.",
                "\"Who pays for this?\" Deputy Mayor Ann Cole asked.", "Nobody answered.");
        splits("\"Enough!\" she shouted. The room fell silent.", "\"Enough!\" she shouted.", "The room fell silent.");
    }

    @Test
    void splits_a_quoted_question_followed_by_a_new_sentence() {
        splits("\"Who pays for this?\" The question hung over the meeting.",
                "\"Who pays for this?\"", "The question hung over the meeting.");
    }

    @Test
    void keeps_us_before_a_name_and_splits_after_us_ending_a_sentence() {
        splits("The U.S. Navy said 3.5 million people were at risk.",
                "The U.S. Navy said 3.5 million people were at risk.");
        splits("Exports rose to the U.S. The rise surprised analysts.",
                "Exports rose to the U.S.", "The rise surprised analysts.");
        splits("Exports to the U.S. rose by 4%.", "Exports to the U.S. rose by 4%.");
        splits("Tariffs hit goods from the U.S. Mr. Lee called them unfair.",
                "Tariffs hit goods from the U.S.", "Mr. Lee called them unfair.");
    }

    @Test
    void a_sentence_may_start_with_a_name_written_in_lower_case() {
        splits("The auction closed on Friday. eBay shares rose 3%.",
                "The auction closed on Friday.", "eBay shares rose 3%.");
    }

    @Test
    void keeps_titles_with_the_names_they_precede() {
        splits("Gen. Smith met Sen. Ruiz and Dr. Patel.", "Gen. Smith met Sen. Ruiz and Dr. Patel.");
        splits("Mr. and Mrs. Okafor arrived late.", "Mr. and Mrs. Okafor arrived late.");
    }

    @Test
    void keeps_number_abbreviations_before_numbers_only() {
        splits("The bill, No. 3 on the list, failed.", "The bill, No. 3 on the list, failed.");
        splits("Asked if he would resign, he said no. He left at noon.",
                "Asked if he would resign, he said no.", "He left at noon.");
    }

    @Test
    void keeps_a_dateline_with_its_agency_credit() {
        splits("MOBILE, Ala. (AP) — Flooding closed two bridges on Friday. Schools stayed shut.",
                "MOBILE, Ala. (AP) — Flooding closed two bridges on Friday.", "Schools stayed shut.");
    }

    @Test
    void keeps_a_price_after_an_abbreviation() {
        splits("The base model costs approx. $620 with tax. The larger one costs $899 (orig. $1,099).",
                "The base model costs approx. $620 with tax.", "The larger one costs $899 (orig. $1,099).");
    }

    @Test
    void keeps_a_one_letter_name_with_its_exclamation_mark() {
        splits("The singer told E! News about the tour. Tickets sold out.",
                "The singer told E! News about the tour.", "Tickets sold out.");
    }

    @Test
    void keeps_a_month_abbreviation_with_its_day() {
        splits("The summit opens on Dec. 5 in Geneva.", "The summit opens on Dec. 5 in Geneva.");
    }

    @Test
    void keeps_a_clock_time_with_the_day_it_qualifies() {
        splits("The quake struck at 1:30 a.m. Tuesday. Officials said 12 people died.",
                "The quake struck at 1:30 a.m. Tuesday.", "Officials said 12 people died.");
    }

    @Test
    void ends_a_sentence_after_a_clock_time_before_a_new_subject() {
        splits("Polls closed at 8 p.m. Counting began at once.", "Polls closed at 8 p.m.", "Counting began at once.");
    }

    @Test
    void keeps_a_fronted_clock_time_with_its_sentence() {
        splits("By 9 a.m. Ms. Diaz had filed the appeal.", "By 9 a.m. Ms. Diaz had filed the appeal.");
    }

    @Test
    void keeps_initials_in_names() {
        splits("J. R. Smith said the team would appeal.", "J. R. Smith said the team would appeal.");
        splits("We asked you and I. Nobody came.", "We asked you and I.", "Nobody came.");
    }

    @Test
    void keeps_company_suffixes_unless_a_sentence_starts_after_them() {
        splits("Acme Inc. Chief Executive Ada Stone quit.", "Acme Inc. Chief Executive Ada Stone quit.");
        splits("The deal went to Acme Inc. It closes in May.", "The deal went to Acme Inc.", "It closes in May.");
    }

    @Test
    void learns_abbreviations_from_the_text_itself() {
        splits("Officers from Ridge Twp. said the road was closed. Ridge Twp. Mayor Jo Bell called it a precaution.",
                "Officers from Ridge Twp. said the road was closed.",
                "Ridge Twp. Mayor Jo Bell called it a precaution.");
        splits("The road to Ridge Twp. Mayor Jo Bell called it a precaution.",
                "The road to Ridge Twp.", "Mayor Jo Bell called it a precaution.");
    }

    @Test
    void keeps_decimals_money_emails_and_urls_inside_sentences() {
        splits("Shares fell 3.5% to $12.75. Mail desk@example.org. See www.example.org/a.html. Done.",
                "Shares fell 3.5% to $12.75.", "Mail desk@example.org.", "See www.example.org/a.html.", "Done.");
    }

    @Test
    void ends_a_sentence_after_a_number() {
        splits("Turnout was 61.7%. That is a record. Sales reached $100.00. They doubled.",
                "Turnout was 61.7%.", "That is a record.", "Sales reached $100.00.", "They doubled.");
    }

    @Test
    void does_not_split_before_a_lower_case_word() {
        splits("The report (released on Friday.) was leaked.", "The report (released on Friday.) was leaked.");
        splits("The site Yahoo! reported it first.", "The site Yahoo! reported it first.");
    }

    @Test
    void treats_ellipses_by_their_form() {
        splits("He paused... Then he spoke.", "He paused...", "Then he spoke.");
        splits("It was ... I mean, it was late.", "It was ... I mean, it was late.");
        splits("\"We will [...] stand firm,\" she said.", "\"We will [...] stand firm,\" she said.");
    }

    @Test
    void splits_inline_numbered_lists() {
        splits("1. Raise wages 2. Cut fees 3. Build homes", "1. Raise wages", "2. Cut fees", "3. Build homes");
        splits("a) Rail b) Road", "a) Rail", "b) Road");
    }

    @Test
    void does_not_take_a_lone_number_for_a_list_item() {
        splits("She was ranked No. 2. Her coach was pleased.", "She was ranked No. 2.", "Her coach was pleased.");
    }

    @Test
    void a_blank_line_always_ends_a_sentence() {
        splits("Talks with Acme Inc.\n\nThe union said no", "Talks with Acme Inc.", "The union said no");
        splits("Headline without a period\r\n\r\nBody text.", "Headline without a period", "Body text.");
    }

    @Test
    void a_line_break_ends_a_headline_or_byline() {
        splits("Flood Waters Rise in the Valley\nBy Ana Lima\nRains continued on Monday.",
                "Flood Waters Rise in the Valley", "By Ana Lima", "Rains continued on Monday.");
    }

    @Test
    void a_line_break_inside_a_sentence_is_whitespace() {
        splits("The minister said the\nplan was sound. Critics\ndisagreed.",
                "The minister said the plan was sound.", "Critics disagreed.");
    }

    @Test
    void collapses_whitespace_and_keeps_everything_else_verbatim() {
        splits("  Rain\u00A0fell \t all   day.  It stopped.  ", "Rain fell all day.", "It stopped.");
    }

    @Test
    void has_no_sentences_in_blank_text() {
        splits("");
        splits(" \n\n\t ");
    }
}
