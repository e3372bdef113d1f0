package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.telegram.Waiting;

/**
 * A reply queued while the sender pauses (here for a chat's turn, in a time that stands still until
 * something wakes it) goes out at once: the poke ends the pause, nothing waits for the pause's end.
 */
class NotifierWakeUpTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime clock = new FakeTime();
    private final CountDownLatch paused = new CountDownLatch(1);
    /** Never passes by itself: a plain sleep lasts until the thread is interrupted. */
    private final TimeSource standingTime = new TimeSource() {
        @Override
        public Instant now() {
            return clock.now();
        }

        @Override
        public long nanos() {
            return clock.nanos();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            paused.countDown();
            new CountDownLatch(1).await();
        }

        @Override
        public void sleep(Duration duration, BooleanSupplier wake, Object monitor) throws InterruptedException {
            synchronized (monitor) {
                paused.countDown();
                while (!wake.getAsBoolean()) {
                    monitor.wait();
                }
            }
        }
    };
    private final FakeTelegram telegram = new FakeTelegram(clock, 30);
    private final Notifier notifier = new Notifier(store.jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, clock),
            new ChatRegistry(store.jdbi, standingTime), standingTime);

    @AfterEach
    void close() {
        notifier.close();
    }

    @Test
    void aReplyQueuedWhileTheSenderPausesForAChatsTurnGoesOutAtOnce() throws InterruptedException {
        new Subscriptions(store.jdbi, clock).add(StoreFixture.privateChat(1, ""), Target.ALL);
        OutboxWriter writer = new OutboxWriter(clock);
        store.importEvent(writer, "e1", "Talks", List.of(), List.of());
        store.importEvent(writer, "e2", "More talks", List.of(), List.of());
        notifier.start();
        // chat 1 got e1; e2 must wait for chat 1's turn, and the sender pauses for it
        Waiting.until(() -> telegram.sent.size() == 1, Duration.ofSeconds(10), "the first notification");
        assertEquals(true, paused.await(10, TimeUnit.SECONDS), "the sender never paused");

        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, 2, false, Reply.of("the answer"), 1, clock.now()));
        notifier.poke();

        Waiting.until(() -> telegram.sent.size() == 2, Duration.ofSeconds(10), "the reply sent during the pause");
        assertEquals(2L, telegram.sent.get(1).chatId());
        assertEquals("the answer", telegram.sent.get(1).reply().html());
    }
}
