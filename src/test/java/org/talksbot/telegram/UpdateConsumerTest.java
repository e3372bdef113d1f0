package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
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
        UpdateConsumer consumer = new UpdateConsumer(inbox, stored::incrementAndGet, () -> false);

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
        UpdateConsumer consumer = new UpdateConsumer(inbox, stored::incrementAndGet, () -> false);
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

    static Update update(int id, String text) throws Exception {
        ObjectNode json = FakeUpdates.JSON.createObjectNode().put("update_id", id);
        json.set("message", FakeUpdates.textMessage(4, 4, id, text));
        return FakeUpdates.JSON.treeToValue(json, Update.class);
    }
}
