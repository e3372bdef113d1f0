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
        throttle.sent(1);
        assertEquals(Duration.ZERO, throttle.tryAcquire(2, false));
        throttle.sent(2);
        time.advance(Duration.ofMillis(400));
        assertEquals(Duration.ZERO, throttle.tryAcquire(3, false));
        throttle.sent(3);

        assertEquals(Duration.ofMillis(600), throttle.tryAcquire(4, false));
        time.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, throttle.tryAcquire(4, false));
    }

    @Test
    void atASteadyNetworkLatencyEachMessageCountsFromWhenItWasSent() {
        for (long chat = 1; chat <= 3; chat++) {
            assertEquals(Duration.ZERO, throttle.tryAcquire(chat, false));
            time.advance(Duration.ofMillis(100));
            throttle.sent(chat);
        }
        // sent at 0 (counted when it completed at 100: no round trip was known yet), 100 and 200
        time.advance(Duration.ofMillis(800));

        assertEquals(Duration.ZERO, throttle.tryAcquire(4, false));
        assertEquals(Duration.ZERO, throttle.tryAcquire(5, false));
        assertEquals(Duration.ofMillis(100), throttle.tryAcquire(6, false));
    }

    @Test
    void aRequestHeldUpLongerThanTheFastestCountsFromWhenTheServerMayHaveSeenIt() {
        for (long chat = 1; chat <= 2; chat++) {
            throttle.tryAcquire(chat, false);
            time.advance(Duration.ofMillis(100));
            throttle.sent(chat);
        }
        throttle.tryAcquire(3, false);
        time.advance(Duration.ofMillis(400));
        throttle.sent(3);  // sent at 200, back at 600: seen as late as 500

        time.advance(Duration.ofMillis(500));  // now 1100: the first two have left the window

        assertEquals(Duration.ZERO, throttle.tryAcquire(4, false));
        assertEquals(Duration.ZERO, throttle.tryAcquire(5, false));
        assertEquals(Duration.ofMillis(400), throttle.tryAcquire(6, false));
    }

    @Test
    void aNotificationStillOnItsWayAfterAWholeSecondKeepsItsPlace() {
        for (long chat = 1; chat <= 3; chat++) {
            throttle.tryAcquire(chat, false);
        }
        throttle.sent(1);
        throttle.sent(2);
        time.advance(Duration.ofMillis(1500));

        assertEquals(Duration.ZERO, throttle.tryAcquire(4, false));
        assertEquals(Duration.ZERO, throttle.tryAcquire(5, false));
        assertFalse(throttle.tryAcquire(6, false).isZero(), "the request to chat 3 has not completed");
        throttle.sent(3);
        assertEquals(Duration.ZERO, throttle.tryAcquire(6, false));
    }

    @Test
    void aBurstOfRepliesNeverExceedsTheLimitInAnyRollingSecond() throws InterruptedException {
        List<Long> sentAt = new ArrayList<>();
        for (long chat = 1; chat <= 40; chat++) {
            throttle.awaitReplySlot(chat);
            sentAt.add(time.nanos());
            throttle.sent(chat);
        }

        for (int i = 0; i + 3 < sentAt.size(); i++) {
            assertTrue(sentAt.get(i + 3) - sentAt.get(i) >= 1_000_000_000L, "4 replies within a second at " + i);
        }
        assertTrue(sentAt.get(39) < 14_000_000_000L, "40 replies at 3/s took " + sentAt.get(39) / 1e9 + " s");
    }

    @Test
    void aReplyHeldUpOnItsWayCountsFromWhenTheServerMayHaveSeenIt() throws InterruptedException {
        long[] roundTrips = {100, 100, 400};
        for (int i = 0; i < 3; i++) {
            throttle.awaitReplySlot(i + 1);
            time.advance(Duration.ofMillis(roundTrips[i]));
            throttle.sent(i + 1);
        }
        // sent at 0 (counted at 100: no round trip known yet), 100, and 200 (back at 600: seen by 500)
        throttle.awaitReplySlot(4);
        assertEquals(1_100, time.nanos() / 1_000_000);
        throttle.awaitReplySlot(5);
        assertEquals(1_100, time.nanos() / 1_000_000);

        throttle.awaitReplySlot(6);

        assertEquals(1_500, time.nanos() / 1_000_000);
    }

    @Test
    void repliesTakeTheirSlotsInTheOrderTheyAsked() throws InterruptedException {
        Throttle real = new Throttle(new ThrottleSettings(3, Duration.ofSeconds(1), 20, 0), TimeSource.SYSTEM);
        for (long chat = 1; chat <= 3; chat++) {
            real.tryAcquire(chat, false);
            real.sent(chat);
            Thread.sleep(150);  // the window then frees one slot at a time, so each grant is seen apart
        }
        List<Long> order = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> replies = new ArrayList<>();
        for (long chat = 11; chat <= 13; chat++) {
            long id = chat;
            Thread reply = new Thread(() -> {
                try {
                    real.awaitReplySlot(id);
                    order.add(id);
                    real.sent(id);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            reply.start();
            replies.add(reply);
            Thread.sleep(30);  // the next one asks later
        }
        for (Thread reply : replies) {
            reply.join(5_000);
        }

        assertEquals(List.of(11L, 12L, 13L), order);
    }

    @Test
    void aReplyToAChatTelegramPausedDoesNotHoldUpTheRepliesBehindIt() throws InterruptedException {
        Throttle real = new Throttle(new ThrottleSettings(3, Duration.ofSeconds(1), 20, 0), TimeSource.SYSTEM);
        real.rateLimited(9, Duration.ofSeconds(30));
        Thread paused = new Thread(() -> {
            try {
                real.awaitReplySlot(9);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        paused.start();
        Thread.sleep(30);

        long start = System.nanoTime();
        real.awaitReplySlot(10);
        long waited = System.nanoTime() - start;
        paused.interrupt();
        paused.join(5_000);

        assertTrue(waited < 500_000_000L, "waited " + waited / 1e6 + " ms behind the paused chat");
        assertFalse(paused.isAlive());
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
            throttle.sent(chat);
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
