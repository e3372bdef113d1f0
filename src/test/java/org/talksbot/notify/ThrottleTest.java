package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final FakeTime time = new FakeTime();
    private final Throttle throttle = new Throttle(new ThrottleSettings(3, Duration.ofSeconds(1), 20, 0), time);

    @Test
    void allowsTheGlobalRatePerRollingSecondThenSaysHowLongToWait() {
        assertEquals(Duration.ZERO, throttle.tryAcquire(1, false));
        assertEquals(Duration.ZERO, throttle.tryAcquire(2, false));
        time.advance(Duration.ofMillis(400));
        assertEquals(Duration.ZERO, throttle.tryAcquire(3, false));

        assertEquals(Duration.ofMillis(600), throttle.tryAcquire(4, false));
        time.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, throttle.tryAcquire(4, false));
    }

    @Test
    void oneChatGetsOneMessagePerSecond() {
        throttle.tryAcquire(1, false);
        time.advance(Duration.ofMillis(300));

        assertEquals(Duration.ofMillis(700), throttle.chatWait(1, false));
        assertEquals(Duration.ZERO, throttle.chatWait(2, false));
    }

    @Test
    void aGroupGetsAtMostTwentyPerRollingMinute() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, throttle.tryAcquire(-7, true));
            time.advance(Duration.ofSeconds(2));
        }

        assertEquals(Duration.ofSeconds(20), throttle.chatWait(-7, true));
    }

    @Test
    void aWaitingReplyGoesBeforeNotifications() throws InterruptedException {
        for (long chat = 1; chat <= 3; chat++) {
            throttle.tryAcquire(chat, false);
        }
        List<Duration> notifierSawDuringReplyWait = new ArrayList<>();
        time.onSleep(() -> notifierSawDuringReplyWait.add(throttle.tryAcquire(5, false)));

        throttle.awaitReplySlot(9);

        assertFalse(notifierSawDuringReplyWait.isEmpty());
        assertTrue(notifierSawDuringReplyWait.stream().noneMatch(Duration::isZero));
        assertEquals(Duration.ofSeconds(1), throttle.chatWait(9, false));
    }

    @Test
    void floodControlPausesTheChatAndTwoChatsLimitedAtOnceSlowEveryone() {
        throttle.rateLimited(1, Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), throttle.chatWait(1, false));
        assertEquals(3, throttle.globalLimit());

        throttle.rateLimited(2, Duration.ofSeconds(5));

        assertEquals(2, throttle.globalLimit());
        assertEquals(Duration.ofSeconds(5), throttle.tryAcquire(3, false));
    }
}
