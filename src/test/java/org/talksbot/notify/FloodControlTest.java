package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloodControlTest {

    private static final long SECOND = 1_000_000_000L;
    private final FloodControl flood = new FloodControl(30);

    @Test
    void oneChatLimitedAgainAndAgainPausesOnlyThatChat() {
        flood.limited(0, 1, 5 * SECOND);
        flood.limited(SECOND / 2, 1, 6 * SECOND);

        assertEquals(30, flood.limit());
        assertEquals(0, flood.pausedNanos(SECOND));
    }

    @Test
    void twoChatsLimitedWithinASecondPauseEveryoneAndCutTheRateByAFifth() {
        flood.limited(0, 1, 5 * SECOND);
        flood.limited(SECOND / 2, 2, 7 * SECOND);

        assertEquals(24, flood.limit());
        assertEquals(6 * SECOND, flood.pausedNanos(SECOND));
    }

    @Test
    void twoChatsLimitedASecondApartAreNotAGlobalLimit() {
        flood.limited(0, 1, 5 * SECOND);
        flood.limited(SECOND, 2, 6 * SECOND);

        assertEquals(30, flood.limit());
    }

    @Test
    void theRateNeverDropsBelowOne() {
        FloodControl slow = new FloodControl(1);
        slow.limited(0, 1, SECOND);
        slow.limited(1, 2, SECOND);

        assertEquals(1, slow.limit());
    }
}
