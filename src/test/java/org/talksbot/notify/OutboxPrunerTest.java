package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;

class OutboxPrunerTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final FakeTelegram telegram = new FakeTelegram(time, 30);
    private final ChatRegistry chats = new ChatRegistry(store.jdbi, time);
    private final Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
    private final OutboxWriter writer = new OutboxWriter(time);
    private final OutboxPruner pruner = new OutboxPruner(store.jdbi, time);
    private final Notifier notifier = new Notifier(store.jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, time),
            chats, time);

    @AfterEach
    void close() {
        notifier.close();
    }

    private void reply(long chatId, String text) {
        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, chatId, false, Reply.of(text), 1, time.now()));
    }

    private int rows(String state) {
        return store.count("SELECT COUNT(*) FROM outbox WHERE state = ?", state);
    }

    @Test
    void sentRowsOlderThanAWeekArePruned() {
        subscriptions.add(StoreFixture.privateChat(1, ""), Target.ALL);
        store.importEvent(writer, "e1", "Talks resume", List.of("lachin-corridor"), List.of());
        reply(1, "an answer");
        assertEquals(2, notifier.deliverDue());
        time.advance(OutboxPruner.KEEP.plusMinutes(1));

        assertEquals(2, pruner.pruneBatch());
        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox"));
    }

    @Test
    void finishedRowsYoungerThanAWeekAreKept() {
        reply(1, "an answer");
        notifier.deliverDue();
        time.advance(OutboxPruner.KEEP.minusMinutes(1));

        assertEquals(0, pruner.pruneBatch());
        assertEquals(1, rows("SENT"));
    }

    @Test
    void failedAndSkippedRowsArePrunedToo() {
        telegram.rejecting.add(1L);
        reply(1, "refused");
        reply(2, "to a chat that then blocks the bot");
        chats.changed(2, false);
        notifier.deliverDue();
        assertEquals(List.of(1, 1), List.of(rows("FAILED"), rows("SKIPPED")));
        time.advance(OutboxPruner.KEEP.plusMinutes(1));

        assertEquals(2, pruner.pruneBatch());
        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox"));
    }

    @Test
    void pendingRowsAreNeverPruned() {
        subscriptions.add(StoreFixture.privateChat(1, ""), Target.ALL);
        subscriptions.add(StoreFixture.privateChat(2, ""), Target.ALL);
        telegram.transientFailures.put(2L, 1);
        store.importEvent(writer, "e1", "Talks resume", List.of("lachin-corridor"), List.of());
        // chat 1 is held up (a retry_after of a month), chat 2's notification waits for its retry
        telegram.floodOnce.put(1L, Duration.ofDays(30));
        notifier.deliverDue(2);
        assertEquals(2, rows("PENDING"));
        time.advance(Duration.ofDays(20));

        assertEquals(0, pruner.pruneBatch());
        assertEquals(2, rows("PENDING"));
        time.advance(Duration.ofDays(11));
        assertEquals(0, pruner.pruneBatch());
        assertEquals(2, notifier.deliverDue(), "both are still sent");
    }

    /** Rows sent at {@code at}, as a busy bot leaves them. */
    private void sentAt(Instant at, int rows) {
        store.jdbi.useHandle(h -> {
            h.execute("MERGE INTO chat (id, is_group, active, updated_at) VALUES (1, FALSE, TRUE, ?)", at);
            h.execute("""
                    INSERT INTO outbox (chat_id, reply_body, priority, correction, created_at, state, attempts,
                                        next_attempt_at, sent_at)
                    SELECT 1, '', 0, FALSE, ?, 'SENT', 1, ?, ? FROM SYSTEM_RANGE(1, ?)""", at, at, at, rows);
        });
    }

    @Test
    void aBacklogIsDeletedABatchAtATimeThenOnceAnHour() {
        sentAt(time.now(), OutboxPruner.BATCH * 2 + 5);
        time.advance(OutboxPruner.KEEP.plusMinutes(1));

        assertEquals(OutboxPruner.BATCH, pruner.runIfDue());
        assertEquals(OutboxPruner.BATCH, pruner.runIfDue(), "a full batch means more: the next run takes another");
        assertEquals(5, pruner.runIfDue());
        sentAt(time.now().minus(OutboxPruner.KEEP).minusSeconds(1), 1);
        assertEquals(0, pruner.runIfDue(), "the backlog is gone: nothing more until an hour has passed");
        time.advance(OutboxPruner.EVERY);
        assertEquals(1, pruner.runIfDue());
    }

    @Test
    void theSendersWorkerPrunesFinishedRows() throws InterruptedException {
        reply(1, "an answer");
        notifier.deliverDue();
        time.advance(OutboxPruner.KEEP.plusMinutes(1));
        notifier.start();

        Instant deadline = Instant.now().plusSeconds(10);
        while (rows("SENT") > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertEquals(0, rows("SENT"));
    }
}
