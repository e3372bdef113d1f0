package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.notify.DigestRig.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Old digests and their items are deleted, through the real planner, outbox and sender on the injected clock;
 * nothing a digest still collecting needs is, and no item or digest is sent twice because of it.
 */
class DigestPrunerTest {

    private final DigestRig rig = new DigestRig();
    private final DigestPruner pruner = new DigestPruner(rig.store.jdbi, rig.time);

    @AfterEach
    void close() {
        rig.close();
    }

    /** Chat 1 follows the Lachin corridor in a daily digest at 08:00 in UTC+4 (04:00 UTC). */
    private void dailyChat() {
        rig.subscriptions.add(chat(1), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        rig.digest.answer(chat(1), "daily 08:00");
    }

    private void importLachinEvent(String id, String title) {
        rig.store.importEvent(rig.writer, id, title, List.of("lachin-corridor"), List.of());
    }

    private List<String> sentTo(long chatId) {
        return rig.telegram.sent.stream().filter(s -> s.chatId() == chatId).map(s -> s.reply().html()).toList();
    }

    private int digests() {
        return rig.store.count("SELECT COUNT(*) FROM digest");
    }

    private int items() {
        return rig.store.count("SELECT COUNT(*) FROM digest_item");
    }

    private int waiting() {
        return rig.store.count("SELECT COUNT(*) FROM digest_item WHERE digest_id IS NULL");
    }

    @Test
    void digestsDueMoreThanTwoWeeksAgoArePrunedWithTheirItemsAndLaterOnesKept() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        assertEquals(1, rig.tick().planned());
        for (int day = 1; day <= 15; day++) {
            rig.time.setNow(Instant.parse("2026-01-01T04:00:00Z").plus(Duration.ofDays(day)));
            rig.tick();
        }
        assertEquals(16, digests());
        assertEquals(1, items());
        rig.time.advance(Duration.ofMinutes(1));  // the digests of 1 and 2 January are now over two weeks old

        assertEquals(new DigestPruner.Pruned(1, 2, false), pruner.pruneBatch());
        assertEquals(14, digests());
        assertEquals(0, items());
        assertEquals(1, rig.store.count("SELECT COUNT(*) FROM digest WHERE scheduled_at = ?",
                Instant.parse("2026-01-16T04:00:00Z")), "today's digest is kept");
        assertEquals(1, sentTo(1).size());
    }

    @Test
    void aDigestDueLessThanTwoWeeksAgoIsKept() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        rig.tick();
        rig.time.advance(DigestPruner.KEEP.minusMinutes(1));

        assertEquals(new DigestPruner.Pruned(0, 0, false), pruner.pruneBatch());
        assertEquals(1, digests());
        assertEquals(1, items());
    }

    @Test
    void aDigestStillCollectingKeepsItsItemsHoweverOldAndSendsThemOnce() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        rig.tick();
        importLachinEvent("e2", "Next round");
        // the bot is down for three weeks: e2 waits for a digest all that time
        rig.time.setNow(Instant.parse("2026-01-22T03:00:00Z"));

        assertEquals(new DigestPruner.Pruned(1, 1, false), pruner.pruneBatch());
        assertEquals(1, waiting(), "the item waiting for the next digest is kept");
        rig.time.setNow(Instant.parse("2026-01-22T04:00:00Z"));
        assertEquals(1, rig.tick().planned());
        assertEquals(0, rig.tick().planned(), "planned once");
        List<String> sent = sentTo(1);
        assertEquals(2, sent.size());
        assertTrue(sent.get(1).contains("Next round"), sent.get(1));
        assertFalse(sent.get(1).contains("Checkpoint talks"), "the pruned digest's item is not sent again");
    }

    @Test
    void anItemIsNotDigestedTwiceWhenADigestHasMoreItemsThanABatch() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        rig.tick();
        // the same digest as if it had held a batch and five more items
        rig.store.jdbi.useHandle(h -> h.execute("""
                INSERT INTO digest_item (chat_id, item_kind, item_id, revision, correction, created_at, digest_id)
                SELECT 1, 'EVENT', 'old-' || X, 'new', FALSE, ?, (SELECT id FROM digest) FROM SYSTEM_RANGE(1, ?)""",
                rig.time.now(), DigestPruner.BATCH + 4));
        importLachinEvent("e2", "Next round");
        rig.time.setNow(Instant.parse("2026-01-16T03:00:00Z"));

        assertEquals(new DigestPruner.Pruned(DigestPruner.BATCH, 0, true), pruner.pruneBatch());
        assertEquals(1, digests(), "a digest is deleted only once no item points to it");
        assertEquals(1, waiting(), "its items left for the next batch are not waiting for a digest again");
        assertEquals(new DigestPruner.Pruned(5, 1, false), pruner.pruneBatch());
        assertEquals(0, digests());
        assertEquals(1, waiting());

        rig.time.setNow(Instant.parse("2026-01-16T04:00:00Z"));
        rig.tick();
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).contains("1 new item"), sentTo(1).get(1));
    }

    @Test
    void aWeeklyDigestStaysPlannedForItsWholeWeekAcrossTheChangeToWinterTime() {
        rig.subscriptions.add(chat(1), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        rig.time.setNow(Instant.parse("2026-10-01T12:00:00Z"));
        rig.timezone.answer(chat(1), "Europe/Berlin");
        rig.digest.answer(chat(1), "weekly sun 08:00");
        importLachinEvent("e1", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-10-18T06:00:00Z"));  // Sunday 08:00 CEST
        assertEquals(1, rig.tick().planned());
        importLachinEvent("e2", "Next round");
        // clocks go back on 25 October: the next Sunday 08:00 (CET) is a week and an hour later, 07:00 UTC
        rig.time.setNow(Instant.parse("2026-10-25T06:30:00Z"));

        pruner.pruneBatch();
        assertEquals(1, digests(), "the week-old digest is still the chat's latest: its row is kept");
        assertEquals(0, rig.tick().planned(), "so it is not planned again");
        rig.time.setNow(Instant.parse("2026-10-25T07:00:00Z"));
        assertEquals(1, rig.tick().planned());
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).contains("Next round"), sentTo(1).get(1));
    }

    @Test
    void theSendersWorkerPrunesOldDigests() throws InterruptedException {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        rig.tick();
        rig.time.advance(DigestPruner.KEEP.plusMinutes(1));
        rig.notifier().start();

        Instant deadline = Instant.now().plusSeconds(10);
        while ((digests() > 0 || items() > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertEquals(List.of(0, 0), List.of(digests(), items()));
    }
}
