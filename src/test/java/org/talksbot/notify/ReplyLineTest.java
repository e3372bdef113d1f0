package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplyLineTest {

    private static final long SECOND = 1_000_000_000L;
    private final ReplyLine line = new ReplyLine();
    private final ChatWindows chats = new ChatWindows(SECOND, 60 * SECOND, 20, chat -> false);

    @Test
    void repliesGoInTheOrderTheyAsked() {
        long first = line.join(1);
        long second = line.join(2);

        assertEquals(first, line.firstReady(0, chats));
        line.leave(first);
        assertEquals(second, line.firstReady(0, chats));
        line.leave(second);
        assertTrue(line.isEmpty());
        assertEquals(-1, line.firstReady(0, chats));
    }

    @Test
    void aReplyToAPausedChatLetsTheOnesBehindItGoFirst() {
        chats.pauseUntil(1, 5 * SECOND);
        line.join(1);
        long second = line.join(2);

        assertEquals(second, line.firstReady(SECOND, chats));
    }
}
