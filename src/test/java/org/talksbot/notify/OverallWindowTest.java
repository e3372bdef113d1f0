package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverallWindowTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private final OverallWindow window = new OverallWindow(SECOND);

    @Test
    void theLimitIsReachedThenTheOldestMessageFreesItsSlotAWindowLater() {
        for (int chat = 1; chat <= 3; chat++) {
            window.take((chat - 1) * 400 * MS, chat, 3);
            window.complete(chat, (chat - 1) * 400 * MS + 10 * MS);
        }

        // the first counts from its completion (no round trip was known yet): 10 ms
        assertEquals(210 * MS, window.waitNanos(800 * MS, 3));
        assertEquals(0, window.waitNanos(SECOND + 10 * MS, 3));
    }

    @Test
    void aMessageIsOnItsWayUntilItsRequestCompletes() {
        window.take(0, 1, 3);
        assertTrue(window.onItsWay(1L));

        OverallWindow.Sending sending = window.complete(1, 50 * MS);

        assertEquals(0, sending.stamp);
        assertFalse(window.onItsWay(1L));
        assertNull(window.complete(1, 60 * MS), "completed once");
    }

    @Test
    void aRoundTripSlowerThanTheFastestCountsFromWhenTheServerMayHaveSeenIt() {
        window.take(0, 1, 3);
        window.complete(1, 100 * MS);  // the first: counts in full, from its completion
        window.take(200 * MS, 2, 3);
        window.complete(2, 300 * MS);  // the fastest, 100 ms
        window.take(400 * MS, 3, 3);
        OverallWindow.Sending slow = window.complete(3, 900 * MS);

        assertEquals(800 * MS, window.placed(slow), "500 ms round trip, 400 ms slower than the fastest");
    }

    @Test
    void aMessageNobodySaidCompletedIsForgottenAfterAMinute() {
        OverallWindow strict = new OverallWindow(SECOND);
        strict.take(0, 1, 1);

        assertTrue(strict.waitNanos(2 * SECOND, 1) > 0, "still on its way after a window: it counts");
        assertEquals(0, strict.waitNanos(61 * SECOND, 1));
        assertFalse(strict.onItsWay(1L));
    }
}
