package io.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SharedCountsTest {

    @Test
    void ranks_items_by_entries_shared_then_by_index_and_starts_afresh_after_clear() {
        SharedCounts counts = new SharedCounts(6);
        for (int j : new int[] {4, 2, 4, 5, 2, 4, 1, 3, 3}) {
            counts.hit(j);
        }
        assertEquals(3, counts.rank(2)); // 4 three times; 2 and 3 twice; 1 and 5 once
        assertEquals(4, counts.candidate(0));
        assertEquals(2, counts.candidate(1));
        assertEquals(3, counts.candidate(2));
        counts.clear();
        counts.hit(5);
        counts.hit(0);
        assertEquals(0, counts.rank(2));
        assertEquals(2, counts.rank(1));
        assertEquals(0, counts.candidate(0));
        assertEquals(5, counts.candidate(1));
    }
}
