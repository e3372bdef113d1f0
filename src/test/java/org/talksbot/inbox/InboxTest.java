package org.talksbot.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Database;

class InboxTest {

    private final Jdbi jdbi = Database.inMemory("inbox-" + UUID.randomUUID());
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Inbox inbox = new Inbox(jdbi, new TimeSource() {
        @Override
        public Instant now() {
            return now;
        }

        @Override
        public long nanos() {
            return 0;
        }

        @Override
        public void sleep(Duration duration) {
            now = now.plus(duration);
        }
    });

    @Test
    void storingAnUpdateTwiceKeepsOneAndReportsOnlyTheNewOnes() {
        assertEquals(2, inbox.store(List.of(update(1, 10), update(2, 11))));
        assertEquals(1, inbox.store(List.of(update(2, 11), update(3, 10))));

        assertEquals(List.of(1L, 2L, 3L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
    }

    @Test
    void completingQueuesEveryPartOfTheReplyAndMarksTheUpdateDoneTogether() {
        inbox.store(List.of(update(1, 10)));
        Reply longReply = Reply.of("<b>part</b>\n".repeat(800), List.of(List.of(new Button("More", "/more"))));

        int queued = inbox.complete(1, Handled.reply(10, false, longReply));

        assertEquals(longReply.parts().size(), queued);
        assertTrue(queued >= 2, "a long reply is several messages");
        assertEquals(queued, count("SELECT COUNT(*) FROM outbox WHERE chat_id = 10 AND state = 'PENDING' AND priority = 0"));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE chat_id = 10 AND reply_body LIKE '%/more%'"));
        assertEquals(List.of(), inbox.pending(10));
        assertFalse(inbox.isPending(1));
    }

    @Test
    void updatesAboveTheNewestStoredAreInsertedAndTheRestLookedForFirst() {
        inbox.store(List.of(update(1, 10), update(2, 10)));

        List<InboxUpdate> added = inbox.add(List.of(update(2, 10), update(3, 10), update(4, 11)), 2);

        assertEquals(List.of(3L, 4L), added.stream().map(InboxUpdate::updateId).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
    }

    @Test
    void anUpdateWronglyTakenForNewFailsItsBatchWithoutStoringHalfOfIt() {
        inbox.store(List.of(update(5, 10)));

        assertThrows(RuntimeException.class, () -> inbox.add(List.of(update(6, 10), update(5, 10)), 4));

        assertEquals(List.of(5L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
    }

    @Test
    void aHandledUpdateKeepsItsIdButNotItsPayload() {
        inbox.store(List.of(update(1, 10), update(2, 10)));

        inbox.complete(1, Handled.reply(10, false, Reply.of("answer")));
        inbox.store(List.of(update(1, 10)));

        assertEquals(List.of("", "{\"update_id\":2}"), payloads());
        assertEquals(List.of(2L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList(),
                "the re-delivered update is still known as handled");
    }

    @Test
    void repliesWrittenBeforeTheUpdateIsOnDiskAreCommittedOnlyOnceItIs() throws Exception {
        inbox.store(List.of(update(1, 10)));
        CompletableFuture<Void> onDisk = new CompletableFuture<>();

        CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(
                () -> inbox.complete(1, Handled.reply(10, false, Reply.of("answer")), onDisk));
        Thread.sleep(200);
        assertEquals(0, count("SELECT COUNT(*) FROM outbox"), "nothing visible before the update is on disk");
        assertTrue(inbox.isPending(1));
        onDisk.complete(null);

        assertEquals(1, queued.get(5, TimeUnit.SECONDS));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE chat_id = 10"));
        assertFalse(inbox.isPending(1));
    }

    @Test
    void anUpdateThatDidNotReachTheDiskKeepsNeitherItsRepliesNorItsDoneMark() {
        inbox.store(List.of(update(1, 10)));

        assertThrows(CompletionException.class, () -> inbox.complete(1, Handled.reply(10, false, Reply.of("answer")),
                CompletableFuture.failedFuture(new IllegalStateException("the checkpoint failed"))));

        assertEquals(0, count("SELECT COUNT(*) FROM outbox"));
        assertTrue(inbox.isPending(1), "the scan tries it again");
    }

    @Test
    void anUpdateHandledTwiceQueuesItsReplyOnce() {
        inbox.store(List.of(update(1, 10)));

        assertEquals(1, inbox.complete(1, Handled.reply(10, false, Reply.of("once"))));
        assertEquals(0, inbox.complete(1, Handled.reply(10, false, Reply.of("once"))));
        inbox.store(List.of(update(1, 10)));

        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE chat_id = 10"));
        assertEquals(List.of(), inbox.pending(10));
    }

    @Test
    void handledIdsAreRememberedForTwoDaysThenForgotten() {
        inbox.store(List.of(update(1, 10), update(2, 10)));
        inbox.complete(1, Handled.NOTHING);
        now = now.plus(Duration.ofDays(1));
        assertEquals(0, inbox.prune());
        now = now.plus(Duration.ofDays(2));

        assertEquals(1, inbox.prune());
        assertEquals(List.of(2L), inbox.pending(10).stream().map(InboxUpdate::updateId).toList());
    }

    private static InboxUpdate update(long id, long chat) {
        return new InboxUpdate(id, chat, "{\"update_id\":" + id + "}");
    }

    private List<String> payloads() {
        return jdbi.withHandle(h -> h.createQuery("SELECT payload FROM inbox ORDER BY update_id").mapTo(String.class).list());
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
