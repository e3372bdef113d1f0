package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The notifier with several senders (as the app runs it): still exactly once per chat, each chat's
 * messages in the order they were queued, within the limits, and an unreachable chat skipped.
 */
class ParallelSendersTest {

    private static final int RATE = 300;

    @Test
    void severalSendersKeepEachChatInOrderExactlyOnceWithinTheLimits() {
        StoreFixture store = new StoreFixture();
        TimeSource time = TimeSource.SYSTEM;
        Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
        LongStream.rangeClosed(1, 40).forEach(chat -> subscriptions.add(StoreFixture.privateChat(chat, ""), Target.ALL));
        OutboxWriter writer = new OutboxWriter(time);
        store.importEvent(writer, "e1", "First", List.of("lachin-corridor"), List.of());
        store.importEvent(writer, "e2", "Second", List.of("lachin-corridor"), List.of());
        store.importQuote(writer, "q1", "nikol-pashinyan", "Third.", List.of("lachin-corridor"));
        FakeTelegram telegram = new FakeTelegram(time, RATE);
        telegram.unreachable.add(7L);
        ChatRegistry chats = new ChatRegistry(store.jdbi, time);
        Throttle throttle = new Throttle(ThrottleSettings.TELEGRAM.withGlobalPerSecond(RATE), time);

        try (Notifier notifier = new Notifier(store.jdbi, telegram, throttle, chats, time, 8)) {
            assertEquals(39 * 3, notifier.deliverDue());
        }

        assertEquals(0, telegram.rateLimited);
        for (long chat = 1; chat <= 40; chat++) {
            long id = chat;
            List<String> texts = telegram.sent.stream().filter(s -> s.chatId() == id)
                    .map(s -> s.reply().html()).toList();
            if (chat == 7) {
                assertEquals(List.of(), texts);
                continue;
            }
            assertEquals(3, texts.size(), "chat " + chat);
            assertFalse(texts.get(0).contains("Second") || texts.get(0).contains("Third"), texts.toString());
            assertFalse(texts.get(2).contains("First") || texts.get(2).contains("Second"), texts.toString());
        }
        assertEquals(Boolean.FALSE, chats.isActive(7).orElseThrow());
    }
}
