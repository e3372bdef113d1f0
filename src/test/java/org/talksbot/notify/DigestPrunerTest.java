package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Request;

/**
 * Old digests and their items are deleted, through the real planner, outbox and sender on the injected clock;
 * nothing a digest still collecting needs is, and no item or digest is sent twice because of it.
 */
class DigestPrunerTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final FakeTelegram telegram = new FakeTelegram(time, 30);
    private final OutboxWriter writer = new OutboxWriter(time);
    private final ChatRegistry chats = new ChatRegistry(store.jdbi, time);
    private final Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
    private final ChatAdmins everyoneManages = request -> true;
    private final DigestCommand digest = new DigestCommand(subscriptions.settings(), everyoneManages);
    private final TimezoneCommand timezone = new TimezoneCommand(subscriptions.settings(), everyoneManages);
    private final DigestPruner pruner = new DigestPruner(store.jdbi, time);
    private final List<Notifier> started = new ArrayList<>();

    @AfterEach
    void close() {
        started.forEach(Notifier::close);
    }

    private Notifier notifier() {
        Notifier notifier = new Notifier(store.jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, time), chats,
                time);
        started.add(notifier);
        return notifier;
    }

    /** What the running bot does about once a second; a new planner each time, as after a restart. */
    private int tick() {
        int planned = new DigestPlanner(store.jdbi, time).planDue();
        notifier().deliverDue();
        return planned;
    }

    private static Request chat(long id) {
        return StoreFixture.privateChat(id, "");
    }

    /** Chat 1 follows the Lachin corridor in a daily digest at 08:00 in UTC+4 (04:00 UTC). */
    private void dailyChat() {
        subscriptions.add(chat(1), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        digest.answer(chat(1), "daily 08:00");
    }

    private void importLachinEvent(String id, String title) {
        store.importEvent(writer, id, title, List.of("lachin-corridor"), List.of());
    }

    private List<String> sentTo(long chatId) {
        return telegram.sent.stream().filter(s -> s.chatId() == chatId).map(s -> s.reply().html()).toList();
    }

    private int digests() {
        return store.count("SELECT COUNT(*) FROM digest");
    }

    private int items() {
        return store.count("SELECT COUNT(*) FROM digest_item");
    }

    private int waiting() {
        return store.count("SELECT COUNT(*) FROM digest_item WHERE digest_id IS NULL");
    }

    @Test
    void digestsDueMoreThanTwoWeeksAgoArePrunedWithTheirItemsAndLaterOnesKept() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        assertEquals(1, tick());
        for (int day = 1; day <= 15; day++) {
            time.setNow(Instant.parse("2026-01-01T04:00:00Z").plus(Duration.ofDays(day)));
            tick();
        }
        assertEquals(16, digests());
        assertEquals(1, items());
        time.advance(Duration.ofMinutes(1));  // the digests of 1 and 2 January are now over two weeks old

        assertEquals(new DigestPruner.Pruned(1, 2, false), pruner.pruneBatch());
        assertEquals(14, digests());
        assertEquals(0, items());
        assertEquals(1, store.count("SELECT COUNT(*) FROM digest WHERE scheduled_at = ?",
                Instant.parse("2026-01-16T04:00:00Z")), "today's digest is kept");
        assertEquals(1, sentTo(1).size());
    }

    @Test
    void aDigestDueLessThanTwoWeeksAgoIsKept() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        tick();
        time.advance(DigestPruner.KEEP.minusMinutes(1));

        assertEquals(new DigestPruner.Pruned(0, 0, false), pruner.pruneBatch());
        assertEquals(1, digests());
        assertEquals(1, items());
    }

    @Test
    void aDigestStillCollectingKeepsItsItemsHoweverOldAndSendsThemOnce() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        tick();
        importLachinEvent("e2", "Next round");
        // the bot is down for three weeks: e2 waits for a digest all that time
        time.setNow(Instant.parse("2026-01-22T03:00:00Z"));

        assertEquals(new DigestPruner.Pruned(1, 1, false), pruner.pruneBatch());
        assertEquals(1, waiting(), "the item waiting for the next digest is kept");
        time.setNow(Instant.parse("2026-01-22T04:00:00Z"));
        assertEquals(1, tick());
        assertEquals(0, tick(), "planned once");
        List<String> sent = sentTo(1);
        assertEquals(2, sent.size());
        assertTrue(sent.get(1).contains("Next round"), sent.get(1));
        assertFalse(sent.get(1).contains("Checkpoint talks"), "the pruned digest's item is not sent again");
    }

    @Test
    void anItemIsNotDigestedTwiceWhenADigestHasMoreItemsThanABatch() {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        tick();
        // the same digest as if it had held a batch and five more items
        store.jdbi.useHandle(h -> h.execute("""
                INSERT INTO digest_item (chat_id, item_kind, item_id, revision, correction, created_at, digest_id)
                SELECT 1, 'EVENT', 'old-' || X, 'new', FALSE, ?, (SELECT id FROM digest) FROM SYSTEM_RANGE(1, ?)""",
                time.now(), DigestPruner.BATCH + 4));
        importLachinEvent("e2", "Next round");
        time.setNow(Instant.parse("2026-01-16T03:00:00Z"));

        assertEquals(new DigestPruner.Pruned(DigestPruner.BATCH, 0, true), pruner.pruneBatch());
        assertEquals(1, digests(), "a digest is deleted only once no item points to it");
        assertEquals(1, waiting(), "its items left for the next batch are not waiting for a digest again");
        assertEquals(new DigestPruner.Pruned(5, 1, false), pruner.pruneBatch());
        assertEquals(0, digests());
        assertEquals(1, waiting());

        time.setNow(Instant.parse("2026-01-16T04:00:00Z"));
        tick();
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).contains("1 new item"), sentTo(1).get(1));
    }

    @Test
    void aWeeklyDigestStaysPlannedForItsWholeWeekAcrossTheChangeToWinterTime() {
        subscriptions.add(chat(1), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        time.setNow(Instant.parse("2026-10-01T12:00:00Z"));
        timezone.answer(chat(1), "Europe/Berlin");
        digest.answer(chat(1), "weekly sun 08:00");
        importLachinEvent("e1", "Checkpoint talks");
        time.setNow(Instant.parse("2026-10-18T06:00:00Z"));  // Sunday 08:00 CEST
        assertEquals(1, tick());
        importLachinEvent("e2", "Next round");
        // clocks go back on 25 October: the next Sunday 08:00 (CET) is a week and an hour later, 07:00 UTC
        time.setNow(Instant.parse("2026-10-25T06:30:00Z"));

        pruner.pruneBatch();
        assertEquals(1, digests(), "the week-old digest is still the chat's latest: its row is kept");
        assertEquals(0, tick(), "so it is not planned again");
        time.setNow(Instant.parse("2026-10-25T07:00:00Z"));
        assertEquals(1, tick());
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).contains("Next round"), sentTo(1).get(1));
    }

    @Test
    void theSendersWorkerPrunesOldDigests() throws InterruptedException {
        dailyChat();
        importLachinEvent("e1", "Checkpoint talks");
        time.setNow(Instant.parse("2026-01-01T04:00:00Z"));
        tick();
        time.advance(DigestPruner.KEEP.plusMinutes(1));
        notifier().start();

        Instant deadline = Instant.now().plusSeconds(10);
        while ((digests() > 0 || items() > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertEquals(List.of(0, 0), List.of(digests(), items()));
    }
}
