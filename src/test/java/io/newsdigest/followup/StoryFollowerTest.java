package io.newsdigest.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newsdigest.digest.Change;
import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
import io.newsdigest.digest.Settlement;
import io.newsdigest.digest.SharedFact;
import io.newsdigest.digest.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFollowerTest {

    @Test
    void a_story_of_an_event_an_earlier_digest_reported_continues_its_latest_story() {
        Story day1 = FollowupDays.story("2024-09-12", "castelmar");
        Story day2 = FollowupDays.story("2024-09-13", "castelmar");
        Story day3 = FollowupDays.story("2024-09-14", "castelmar");

        assertNull(day1.continues());
        assertEquals(new Continuation("2024-09-12", day1.id(), day1.headline()), day2.continues());
        assertEquals(new Continuation("2024-09-13", day2.id(), day2.headline()), day3.continues());
    }

    @Test
    void an_event_quiet_for_a_day_still_continues_when_it_comes_back() {
        Story day1 = FollowupDays.story("2024-09-12", "halvik");

        assertEquals(new Continuation("2024-09-12", day1.id(), day1.headline()),
                FollowupDays.story("2024-09-14", "halvik").continues());
    }

    @Test
    void a_new_event_continues_nothing_even_beside_an_earlier_event_of_the_same_kind() {
        assertNull(FollowupDays.story("2024-09-13", "orsk").continues());
        assertNull(FollowupDays.story("2024-09-14", "pellworth").continues(),
                "a flood elsewhere is another event than the Castelmar flood");
    }

    @Test
    void facts_an_earlier_digest_reported_in_other_words_are_not_new_and_follow_the_new_ones() {
        Story flood = FollowupDays.story("2024-09-13", "castelmar");

        assertEquals(List.of(true, true, true, false), flood.sharedFacts().stream().map(SharedFact::fresh).toList());
        assertTrue(flood.sharedFacts().get(3).text().contains("200 people are still missing"));
        assertTrue(flood.sharedFacts().stream().anyMatch(f -> f.fresh() && f.text().contains("army sent 300")));
    }

    @Test
    void a_sentence_that_adds_its_own_news_to_old_facts_is_new() {
        Story mine = FollowupDays.story("2024-09-14", "halvik");

        SharedFact rescued = mine.sharedFacts().get(0);
        assertTrue(rescued.text().contains("brought to the surface alive"), rescued.text());
        assertTrue(rescued.fresh());
    }

    @Test
    void a_figure_that_moved_is_a_change_with_its_earlier_value_date_and_sources() {
        List<Change> day2 = FollowupDays.story("2024-09-13", "castelmar").changes();
        List<Change> day3 = FollowupDays.story("2024-09-14", "castelmar").changes();

        assertEquals(1, day2.size(), day2.toString());
        assertEquals("Death toll", day2.get(0).topic());
        assertEquals("at least 40", day2.get(0).before().text());
        assertEquals("2024-09-12", day2.get(0).before().date());
        assertEquals(List.of("The Northern Ledger", "Veloria Times", "Coastal Wire"), day2.get(0).before().sources());
        assertEquals("112", day2.get(0).now().text());
        assertEquals(List.of("Harbour Post", "Veloria Times", "Coastal Wire"), day2.get(0).now().sources());
        assertEquals(List.of("Death toll: 112 (2024-09-13) -> 230", "Missing: about 200 (2024-09-13) -> 90"),
                day3.stream().map(c -> c.topic() + ": " + c.before().text() + " (" + c.before().date() + ") -> "
                        + c.now().text()).toList());
    }

    @Test
    void a_disagreement_of_an_earlier_digest_that_todays_sources_settle_is_said_to_be_settled() {
        Story mine = FollowupDays.story("2024-09-14", "halvik");

        assertEquals(1, mine.settled().size(), mine.settled().toString());
        Settlement settled = mine.settled().get(0);
        assertEquals("2024-09-12", settled.date());
        assertEquals(FollowupDays.story("2024-09-12", "halvik").disagreements().get(0).topic(), settled.topic());
        assertTrue(settled.text().startsWith("All 17 miners trapped"), settled.text());
        assertEquals(3, settled.sources().size());
    }

    @Test
    void a_continuing_story_with_nothing_new_says_so_and_comes_last() {
        Digest day2 = FollowupDays.digests().get("2024-09-13");
        Story ferry = FollowupDays.story("2024-09-13", "aurora");

        assertTrue(ferry.hasNothingNew());
        assertTrue(ferry.sharedFacts().stream().noneMatch(SharedFact::fresh));
        assertEquals(List.of(), ferry.changes());
        assertSame(ferry, day2.stories().get(day2.stories().size() - 1));
        assertFalse(FollowupDays.story("2024-09-13", "castelmar").hasNothingNew());
    }

    @Test
    void new_stories_and_continuing_ones_with_changes_come_first() {
        List<String> day3 = FollowupDays.digests().get("2024-09-14").stories().stream()
                .map(s -> s.articles().get(0).key().replaceAll(".*/", "").replaceAll("-.*", "")).toList();

        assertEquals(List.of("castelmar", "pellworth", "halvik"), day3);
    }

    @Test
    void a_new_story_has_every_fact_new_and_no_changes() {
        Story flood = FollowupDays.story("2024-09-14", "pellworth");

        assertTrue(flood.sharedFacts().stream().allMatch(SharedFact::fresh));
        assertEquals(List.of(), flood.changes());
        assertEquals(List.of(), flood.settled());
        assertFalse(flood.hasNothingNew());
    }

    @Test
    void without_earlier_digests_the_digest_is_returned_as_it_is() {
        Digest today = FollowupDays.digests().get("2024-09-12");

        assertSame(today, new StoryFollower().follow(today, List.of()));
    }

    @Test
    void digests_of_the_same_day_or_later_are_never_compared_with() {
        Digest day2 = FollowupDays.digests().get("2024-09-13");
        Digest day3 = FollowupDays.digests().get("2024-09-14");

        assertSame(day2, new StoryFollower().follow(day2, List.of(day3, day2)));
    }
}
