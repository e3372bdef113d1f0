package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.inbox.Handled;
import org.talksbot.inbox.Inbox;
import org.talksbot.inbox.InboxUpdate;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Database;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateConsumerTest {

    private final Jdbi jdbi = Database.inMemory("consumer-" + UUID.randomUUID());
    private final Inbox inbox = new Inbox(jdbi, TimeSource.SYSTEM);

    @Test
    void anUpdateDeliveredTwiceIsStoredOnceWithItsChat() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        UpdateConsumer consumer = new UpdateConsumer(inbox, Handoff.NONE, stored::incrementAndGet, () -> false);

        consumer.consume(List.of(update(1, "first"), update(2, "second")));
        consumer.consume(List.of(update(2, "second"), update(3, "third")));

        List<InboxUpdate> pending = inbox.pending(10);
        assertEquals(List.of(1L, 2L, 3L), pending.stream().map(InboxUpdate::updateId).toList());
        assertTrue(pending.stream().allMatch(u -> u.chatId() == 4));
        assertTrue(pending.get(2).payload().contains("third"), pending.get(2).payload());
        assertEquals(2, stored.get());
    }

    @Test
    void aBatchTheDatabaseRefusesIsRetriedUntilStoredAndNeverThrown() throws Exception {
        jdbi.useHandle(h -> h.execute("ALTER TABLE inbox RENAME TO inbox_away"));
        AtomicInteger stored = new AtomicInteger();
        UpdateConsumer consumer = new UpdateConsumer(inbox, Handoff.NONE, stored::incrementAndGet, () -> false);
        Thread putBack = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            jdbi.useHandle(h -> h.execute("ALTER TABLE inbox_away RENAME TO inbox"));
        });
        putBack.start();

        consumer.consume(List.of(update(7, "while the database was away")));

        putBack.join();
        assertEquals(List.of(7L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
        assertEquals(1, stored.get());
    }

    @Test
    void anUpdateNewerThanAnyInTheInboxIsAnsweredWhileItIsStoredAndMayBeMarkedDoneOnlyOnceOnDisk() throws Exception {
        consumerWith(Handoff.NONE).consume(List.of(update(1, "stored before")));
        RecordingHandoff handoff = new RecordingHandoff();

        consumerWith(handoff).consume(List.of(update(1, "stored before"), update(2, "new")));

        // the re-delivery is left to the scan; the new one was handed out with its parsed form at once
        assertEquals(List.of(2L), handoff.handedOut.stream().map(InboxUpdate::updateId).toList());
        assertEquals("new", handoff.updates.get(0).getMessage().getText());
        assertFalse(handoff.storedWhenHandedOut);
        assertFalse(handoff.onDiskWhenHandedOut);
        assertTrue(handoff.onDisk.isDone() && !handoff.onDisk.isCompletedExceptionally());
        assertTrue(inbox.isPending(2), "stored by the time the batch returns");
        assertEquals(1, handoff.scansAsked);
        assertEquals(Set.of(), handoff.reserved, "every reservation not handed out is given back");
    }

    @Test
    void anUpdateNotNewerThanTheInboxsNewestIsHandedOutOnlyOnceStoredAsNew() throws Exception {
        consumerWith(Handoff.NONE).consume(List.of(update(5, "the newest so far")));
        RecordingHandoff handoff = new RecordingHandoff();

        // an id below the newest: it cannot be known new until the inbox says so
        consumerWith(handoff).consume(List.of(update(3, "late")));

        assertEquals(List.of(3L), handoff.handedOut.stream().map(InboxUpdate::updateId).toList());
        assertTrue(handoff.storedWhenHandedOut);
    }

    @Test
    void anUpdateAnotherProcessStoredMeanwhileFailsOnlyTheFirstTryOfItsBatch() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        UpdateConsumer consumer = new UpdateConsumer(inbox, Handoff.NONE, stored::incrementAndGet, () -> false);
        consumer.consume(List.of(update(5, "known to this consumer")));
        inbox.store(List.of(new InboxUpdate(7, 4, "{}")));  // e.g. a second bot process on the same database

        consumer.consume(List.of(update(7, "taken for new"), update(8, "new")));

        assertEquals(List.of(5L, 7L, 8L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
        assertEquals(2, stored.get(), "each batch stored once in the end");
    }

    @Test
    void anUpdateHandledInAnEarlierRunAndDeliveredAgainIsNotAnsweredAgain() throws Exception {
        consumerWith(Handoff.NONE).consume(List.of(update(1, "answered before the crash")));
        inbox.complete(1, Handled.NOTHING);
        RecordingHandoff handoff = new RecordingHandoff();

        consumerWith(handoff).consume(List.of(update(1, "answered before the crash")));

        assertEquals(List.of(), handoff.handedOut);
        assertEquals(List.of(), inbox.pending(10));
    }

    @Test
    void anUpdateBeingHandledIsNotHandedOutAgain() throws Exception {
        RecordingHandoff handoff = new RecordingHandoff();
        handoff.reserved.add(3L);

        consumerWith(handoff).consume(List.of(update(3, "the scan has it")));

        assertEquals(List.of(), handoff.handedOut);
        assertEquals(List.of(3L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
    }

    @Test
    void anUpdateTooLargeToStoreIsSkippedWithoutHoldingUpTheRestOfItsBatch() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        UpdateConsumer consumer = new UpdateConsumer(inbox, Handoff.NONE, stored::incrementAndGet, () -> false);

        consumer.consume(List.of(update(1, "x".repeat(Inbox.MAX_PAYLOAD)), update(2, "an ordinary question")));

        assertEquals(List.of(2L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
        assertEquals(1, stored.get());
    }

    @Test
    void anUpdateNearTheLimitIsStoredWhole() throws Exception {
        String text = "я".repeat(Inbox.MAX_PAYLOAD - 2_000);

        consumerWith(Handoff.NONE).consume(List.of(update(5, text)));

        assertTrue(inbox.pending(10).get(0).payload().contains(text));
    }

    private UpdateConsumer consumerWith(Handoff handoff) {
        return new UpdateConsumer(inbox, handoff, () -> { }, () -> false);
    }

    /** Reserves like the dispatcher (an id already reserved is not reserved again) and records what it is given. */
    private final class RecordingHandoff implements Handoff {
        final Set<Long> reserved = new HashSet<>();
        final List<InboxUpdate> handedOut = new ArrayList<>();
        final List<Update> updates = new ArrayList<>();
        CompletableFuture<Void> onDisk;
        boolean storedWhenHandedOut;
        boolean onDiskWhenHandedOut;
        int scansAsked;

        @Override
        public Set<Long> reserve(Collection<Long> updateIds) {
            return updateIds.stream().filter(reserved::add).collect(Collectors.toSet());
        }

        @Override
        public void release(Collection<Long> updateIds) {
            reserved.removeAll(updateIds);
        }

        @Override
        public void scanSoon() {
            scansAsked++;
        }

        @Override
        public void handOut(InboxUpdate stored, Update update, CompletableFuture<Void> onDisk) {
            handedOut.add(stored);
            updates.add(update);
            reserved.remove(stored.updateId());
            this.onDisk = onDisk;
            storedWhenHandedOut = inbox.isPending(stored.updateId());
            onDiskWhenHandedOut = onDisk.isDone();
        }
    }

    static Update update(int id, String text) throws Exception {
        ObjectNode json = FakeUpdates.JSON.createObjectNode().put("update_id", id);
        json.set("message", FakeUpdates.textMessage(4, 4, id, text));
        return FakeUpdates.JSON.treeToValue(json, Update.class);
    }
}
