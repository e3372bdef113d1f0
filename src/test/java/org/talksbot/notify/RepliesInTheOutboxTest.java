package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;

/** Answers to users in the one outbox: ahead of notifications, in order, retried until they no longer help. */
class RepliesInTheOutboxTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final FakeTelegram telegram = new FakeTelegram(time, 30);
    private final ChatRegistry chats = new ChatRegistry(store.jdbi, time);
    private final Notifier sender = new Notifier(store.jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, time),
            chats, time);

    @org.junit.jupiter.api.AfterEach
    void closeSender() {
        sender.close();
    }

    private void reply(long chatId, Reply reply) {
        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, chatId, false, reply, 1, time.now()));
    }

    @Test
    void aReplyGoesOutAheadOfEveryQueuedNotification() {
        Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
        LongStream.rangeClosed(1, 40).forEach(chat -> subscriptions.add(StoreFixture.privateChat(chat, ""), Target.ALL));
        store.importEvent(new OutboxWriter(time), "e1", "Talks", List.of(), List.of());
        reply(99, Reply.of("the answer"));

        sender.deliverDue();

        assertEquals(99L, telegram.sent.get(0).chatId());
        assertEquals(41, telegram.sent.size());
    }

    @Test
    void repliesGoInTheOrderTheirUsersAskedNotTheOrderTheirAnswersWereReady() {
        // four answer lanes finish out of order: the answer to update 12 was ready before those to 10 and 11
        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, 3, false, Reply.of("to 12"), 12, time.now()));
        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, 1, false, Reply.of("to 10"), 10, time.now()));
        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, 2, false, Reply.of("to 11"), 11, time.now()));

        sender.deliverDue();

        assertEquals(List.of(1L, 2L, 3L), telegram.sent.stream().map(FakeTelegram.Sent::chatId).toList());
    }

    @Test
    void aReplyWithAPictureIsStoredWholeAndSentAsOneMessage() {
        Reply chart = Reply.withPhoto(new Photo(new byte[] {1, 2, 3}, "Events per year"), "Events per year",
                List.of(List.of(new Button("Table", "/timeline"))));
        reply(8, chart);

        sender.deliverDue();

        assertEquals(List.of(chart), telegram.sent.stream().map(FakeTelegram.Sent::reply).toList());
    }

    @Test
    void aSentReplyKeepsItsRowButNotItsBodyWhileANotificationKeepsItsItem() {
        Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
        subscriptions.add(StoreFixture.privateChat(3, ""), Target.ALL);
        store.importEvent(new OutboxWriter(time), "e1", "Talks", List.of(), List.of());
        reply(4, Reply.of("the answer"));

        sender.deliverDue();

        assertEquals(2, telegram.sent.size());
        assertEquals(1, store.count("SELECT COUNT(*) FROM outbox WHERE state = 'SENT' AND reply_body = ''"));
        assertEquals(1, store.count("SELECT COUNT(*) FROM outbox WHERE state = 'SENT' AND reply_body IS NULL "
                + "AND item_id = 'e1'"));
    }

    @Test
    void aPictureTooLargeForTheOutboxIsReplacedByItsTextRatherThanLosingTheReply() {
        // base64 makes 750,000 bytes 1,000,000 characters: with the rest of the body, past the column's length
        Reply chart = Reply.withPhoto(new Photo(new byte[750_000], "Events per year"), "Events per year",
                List.of(List.of(new Button("Table", "/timeline"))));
        reply(8, chart);

        sender.deliverDue();

        List<Reply> sent = telegram.sent.stream().map(FakeTelegram.Sent::reply).toList();
        assertEquals(List.of(Reply.of("Events per year", chart.buttons())), sent);
    }

    @Test
    void aLongReplyArrivesPartByPartInOrderWithItsButtonsOnTheLastPart() {
        String html = "<b>line</b>\n".repeat(1000);
        reply(5, Reply.of(html, List.of(List.of(new Button("More", "/more")))));
        reply(5, Reply.of("the next answer"));

        // this fake Telegram allows one message a second to a chat; the rest wait out its 429s
        for (int i = 0; i < 20 && pending() > 0; i++) {
            sender.deliverDue();
            time.advance(Duration.ofSeconds(1));
        }

        List<Reply> sent = telegram.sent.stream().map(FakeTelegram.Sent::reply).toList();
        int parts = Reply.of(html).parts().size();
        assertEquals(parts + 1, sent.size());
        assertTrue(sent.subList(0, parts - 1).stream().noneMatch(Reply::hasButtons));
        assertEquals("/more", sent.get(parts - 1).buttons().get(0).get(0).data());
        assertEquals("the next answer", sent.get(parts).html());
    }

    @Test
    void aReplyThatKeepsFailingIsRetriedWithGrowingWaitsAndGivenUpOnlyAfterAnHourAndCounted() {
        telegram.transientFailures.put(5L, Integer.MAX_VALUE);
        reply(5, Reply.of("the answer"));
        reply(5, Reply.of("the answer after"));

        Duration waited = Duration.ZERO;
        int tries = 0;
        while (pending() == 2) {
            sender.deliverDue();
            tries++;
            Duration next = DeliveryPolicy.backoff(tries - 1);
            time.advance(next);
            waited = waited.plus(next);
        }

        assertTrue(waited.compareTo(DeliveryPolicy.REPLY_LIFETIME) >= 0, "given up after " + waited);
        assertTrue(tries >= 8, "tries " + tries);
        assertEquals(2, store.count("SELECT COUNT(*) FROM outbox WHERE state = 'FAILED' AND last_error LIKE 'given up:%'"));
        String stats = new StatsCommand(store.jdbi, new Admins(Set.of(1L)), Optional::empty)
                .answer(StoreFixture.privateChat(1, "/stats"), "").html();
        assertTrue(stats.contains("given up: 2"), stats);
    }

    @Test
    void aFloodWaitOfAMinuteIsWaitedOutNotDropped() {
        telegram.floodOnce.put(5L, Duration.ofSeconds(60));
        reply(5, Reply.of("the answer"));

        assertEquals(0, sender.deliverDue());
        time.advance(Duration.ofSeconds(59));
        assertEquals(0, sender.deliverDue());
        time.advance(Duration.ofSeconds(1));
        assertEquals(1, sender.deliverDue());

        assertEquals("the answer", telegram.sent.get(0).reply().html());
    }

    private int pending() {
        return store.count("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'");
    }
}
