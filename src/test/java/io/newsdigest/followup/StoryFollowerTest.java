package io.newsdigest.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newsdigest.digest.Continuation;
import io.newsdigest.digest.Digest;
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
