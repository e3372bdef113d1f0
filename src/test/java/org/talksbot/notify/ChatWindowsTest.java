package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatWindowsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private final Set<Long> onItsWay = new HashSet<>();
    private final ChatWindows chats = new ChatWindows(SECOND, MINUTE, 3, onItsWay::contains);

    @Test
    void aChatWaitsOneIntervalAfterItsLastMessage() {
        chats.record(0, 1, false);

        assertEquals(SECOND, chats.waitNanos(0, 1, false));
        assertEquals(0, chats.waitNanos(SECOND, 1, false));
        assertEquals(0, chats.waitNanos(0, 2, false), "another chat need not wait");
    }

    @Test
    void aGroupsOldestMessageFreesItsSlotAMinuteLater() {
        for (int i = 0; i < 3; i++) {
            chats.record(i * SECOND, -7, true);
        }

        assertEquals(MINUTE - 10 * SECOND, chats.waitNanos(10 * SECOND, -7, true));
        assertEquals(0, chats.waitNanos(MINUTE, -7, true));
        assertTrue(chats.countedAsGroup(-7));
        assertFalse(chats.countedAsGroup(1));
    }

    @Test
    void aMessageSeenLaterMovesTheChatsWaitLater() {
        chats.record(0, 1, false);
        chats.movedLater(1, 0, SECOND / 2);

        assertEquals(SECOND / 2, chats.waitNanos(SECOND, 1, false));
    }

    @Test
    void aPauseKeepsTheLaterEnd() {
        chats.pauseUntil(1, 5 * SECOND);
        chats.pauseUntil(1, 3 * SECOND);

        assertEquals(4 * SECOND, chats.pausedNanos(1, SECOND));
        assertEquals(4 * SECOND, chats.waitNanos(SECOND, 1, false));
    }

    @Test
    void idleChatsAreForgottenButNotOneWithAMessageOnItsWay() {
        chats.record(0, 1, false);
        chats.record(0, 2, false);
        onItsWay.add(2L);
        for (int i = 0; i < 1024; i++) {
            chats.record(2 * MINUTE, 100 + i, false);
        }

        assertEquals(0, chats.waitNanos(0, 1, false), "chat 1 was forgotten: no wait even at its own send time");
        assertEquals(SECOND, chats.waitNanos(0, 2, false), "chat 2 is remembered");
    }
}
