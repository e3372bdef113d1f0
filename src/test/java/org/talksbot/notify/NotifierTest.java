package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;

class NotifierTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final FakeTelegram telegram = new FakeTelegram(time, 30);
    private final OutboxWriter writer = new OutboxWriter(time);
    private final ChatRegistry chats = new ChatRegistry(store.jdbi, time);
    private final Subscriptions subscriptions = new Subscriptions(store.jdbi, time);

    private final Throttle throttle = new Throttle(ThrottleSettings.TELEGRAM, time);

    private final List<Notifier> started = new java.util.ArrayList<>();

    private Notifier notifier() {
        return closedAfterTheTest(new Notifier(store.jdbi, telegram, throttle, chats, time));
    }

    /** A notifier as a restarted process would have it: with a throttle that remembers nothing. */
    private Notifier restarted(ChatGateway gateway) {
        return closedAfterTheTest(new Notifier(store.jdbi, gateway, new Throttle(ThrottleSettings.TELEGRAM, time),
                chats, time));
    }

    private Notifier closedAfterTheTest(Notifier notifier) {
        started.add(notifier);
        return notifier;
    }

    @org.junit.jupiter.api.AfterEach
    void closeNotifiers() {
        started.forEach(Notifier::close);
    }

    private void follow(long chatId, Target target) {
        subscriptions.add(chatId < 0 ? StoreFixture.group(chatId, 1, "") : StoreFixture.privateChat(chatId, ""),
                target);
    }

    private void followAll(long from, long to) {
        LongStream.rangeClosed(from, to).forEach(chat -> follow(chat, Target.ALL));
    }

    private static Target topic(String id) {
        return new Target(Target.Kind.TOPIC, id, id);
    }

    private static Target person(String id) {
        return new Target(Target.Kind.PERSON, id, id);
    }

    private Map<Long, Long> messagesPerChat() {
        return telegram.recipients().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void eachRequestOfAMessageInSeveralPartsTakesItsOwnSlot() {
        Throttle onePerSecond = new Throttle(new ThrottleSettings(1, Duration.ofSeconds(1), 20, 0), time);
        List<Long> requestedAt = new java.util.ArrayList<>();
        ChatGateway threeRequests = new ChatGateway() {
            @Override
            public void send(long chatId, Reply reply) {
                throw new AssertionError("the notifier must say when each further request may go");
            }

            @Override
            public void send(long chatId, Reply reply, boolean silent, NextRequest nextRequest) {
                try {
                    for (int i = 0; i < 3; i++) {
                        if (i > 0) {
                            nextRequest.await();
                        }
                        requestedAt.add(time.nanos());
                    }
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        };
        store.jdbi.useTransaction(h -> ReplyQueue.queue(h, 7, false, Reply.of("a long answer"), 1, time.now()));

        assertEquals(1, closedAfterTheTest(new Notifier(store.jdbi, threeRequests, onePerSecond, chats, time))
                .deliverDue());

        assertEquals(3, requestedAt.size());
        assertTrue(requestedAt.get(1) - requestedAt.get(0) >= 1_000_000_000L, "second part " + requestedAt);
        assertTrue(requestedAt.get(2) - requestedAt.get(1) >= 1_000_000_000L, "third part " + requestedAt);
    }

    @Test
    void everySubscriberGetsEachMatchingItemExactlyOnce() {
        LongStream.rangeClosed(1, 60).forEach(chat -> follow(chat, topic("lachin-corridor")));
        LongStream.rangeClosed(101, 130).forEach(chat -> follow(chat, person("antony-blinken")));
        follow(200, Target.ALL);
        follow(300, topic("lachin-corridor"));
        follow(300, topic("border-delimitation"));
        follow(300, person("antony-blinken"));
        store.importEvent(writer, "e1", "Talks", List.of("lachin-corridor", "border-delimitation"),
                List.of("antony-blinken"));
        store.importEvent(writer, "e2", "Border commission meets", List.of("border-delimitation"), List.of());
        store.importQuote(writer, "q1", "nikol-pashinyan", "The corridor must stay open.", List.of("lachin-corridor"));

        int sent = notifier().deliverDue();

        Map<Long, Long> perChat = messagesPerChat();
        assertEquals(60 * 2 + 30 + 3 + 3, sent);
        LongStream.rangeClosed(1, 60).forEach(chat -> assertEquals(2L, perChat.get(chat)));
        LongStream.rangeClosed(101, 130).forEach(chat -> assertEquals(1L, perChat.get(chat)));
        assertEquals(3L, perChat.get(200L));
        assertEquals(3L, perChat.get(300L));
        assertEquals(0, telegram.rateLimited);
        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'"));
    }

    @Test
    void noChatOrGroupIsFloodedAtTheConfiguredRate() {
        follow(-5, Target.ALL);
        follow(7, Target.ALL);
        followAll(10, 50);
        for (int i = 0; i < 25; i++) {
            store.importEvent(writer, "e" + i, "Event " + i, List.of(), List.of());
        }

        notifier().deliverDue();

        assertEquals(0, telegram.rateLimited);
        assertEquals(25, telegram.countTo(-5));
        assertEquals(25, telegram.countTo(7));
        List<Long> groupTimes = telegram.sent.stream().filter(s -> s.chatId() == -5).map(FakeTelegram.Sent::nanos).toList();
        assertTrue(groupTimes.get(20) - groupTimes.get(0) >= Duration.ofMinutes(1).toNanos());
    }

    @Test
    void blockedSubscriberIsMarkedInactiveAndNotMessagedAgain() {
        followAll(1, 3);
        telegram.unreachable.add(2L);
        store.importEvent(writer, "e1", "First", List.of(), List.of());
        store.importEvent(writer, "e2", "Second", List.of(), List.of());

        notifier().deliverDue();
        store.importEvent(writer, "e3", "Third", List.of(), List.of());
        notifier().deliverDue();

        assertEquals(Map.of(1L, 3L, 3L, 3L), messagesPerChat());
        assertEquals(false, chats.isActive(2).orElseThrow());
        assertEquals(2, store.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 2 AND state = 'SKIPPED'"));
        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 2 AND item_id = 'e3'"));
    }

    @Test
    void startFromABlockedChatReactivatesItWithItsSubscriptions() {
        follow(2, topic("lachin-corridor"));
        telegram.unreachable.add(2L);
        store.importEvent(writer, "e1", "First", List.of("lachin-corridor"), List.of());
        notifier().deliverDue();
        telegram.unreachable.remove(2L);

        chats.tracking((request) -> Reply.of("Welcome")).answer(StoreFixture.privateChat(2, "/start"));
        store.importEvent(writer, "e2", "Second", List.of("lachin-corridor"), List.of());
        notifier().deliverDue();

        assertEquals(true, chats.isActive(2).orElseThrow());
        assertEquals(List.of(Target.Kind.TOPIC), subscriptions.of(2).stream().map(Target::kind).toList());
        assertEquals(1, telegram.countTo(2));
        assertTrue(telegram.sent.get(0).reply().html().contains("Second"));
    }

    @Test
    void memberUpdateSayingTheBotWasBlockedDropsPendingMessages() {
        followAll(1, 2);
        store.importEvent(writer, "e1", "First", List.of(), List.of());

        chats.changed(1, false);
        notifier().deliverDue();

        assertEquals(List.of(2L), telegram.recipients());
        assertEquals("SKIPPED", store.jdbi.withHandle(h ->
                h.select("SELECT state FROM outbox WHERE chat_id = 1").mapTo(String.class).one()));
    }

    @Test
    void floodControlWaitsRetryAfterAndRetriesTheSameMessage() {
        follow(1, Target.ALL);
        telegram.floodOnce.put(1L, Duration.ofSeconds(7));
        store.importEvent(writer, "e1", "First", List.of(), List.of());
        Notifier notifier = notifier();

        assertEquals(0, notifier.deliverDue());
        time.advance(Duration.ofSeconds(3));
        assertEquals(0, notifier.deliverDue());
        time.advance(Duration.ofSeconds(4));
        assertEquals(1, notifier.deliverDue());

        assertEquals(1, telegram.rateLimited);
        assertEquals(1, telegram.countTo(1));
        assertEquals(1, store.count("SELECT COUNT(*) FROM outbox"));
        assertEquals(2, store.count("SELECT attempts FROM outbox"));
    }

    @Test
    void transientFailureForOneChatDoesNotHoldUpTheOthers() {
        followAll(1, 10);
        telegram.transientFailures.put(3L, 2);
        store.importEvent(writer, "e1", "First", List.of(), List.of());
        Notifier notifier = notifier();

        assertEquals(9, notifier.deliverDue());
        assertEquals(0, telegram.countTo(3));
        time.advance(DeliveryPolicy.backoff(0));
        assertEquals(0, notifier.deliverDue());
        time.advance(DeliveryPolicy.backoff(1));
        assertEquals(1, notifier.deliverDue());

        assertEquals(1, telegram.countTo(3));
        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'"));
    }

    @Test
    void rejectedMessageFailsWithItsErrorAndOthersStillGetTheirs() {
        followAll(1, 3);
        telegram.rejecting.add(2L);
        store.importEvent(writer, "e1", "First", List.of(), List.of());

        assertEquals(2, notifier().deliverDue());

        assertEquals(1, store.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 2 AND state = 'FAILED' "
                + "AND last_error LIKE '%can''t parse entities%'"));
    }

    @Test
    void restartMidFanOutCompletesWithNoLossAndNoRepeats() {
        followAll(1, 50);
        store.importEvent(writer, "e1", "First", List.of(), List.of());

        assertEquals(20, restarted(telegram).deliverDue(20));
        time.advance(Duration.ofSeconds(5));
        assertEquals(30, restarted(telegram).deliverDue());

        assertEquals(50, messagesPerChat().size());
        assertEquals(50, telegram.sent.size());
    }

    @Test
    void crashRightAfterASendRepeatsOnlyTheMessageInFlight() {
        followAll(1, 50);
        store.importEvent(writer, "e1", "First", List.of(), List.of());
        java.util.concurrent.atomic.AtomicBoolean dead = new java.util.concurrent.atomic.AtomicBoolean();
        ChatGateway dyingAfterTwelve = (chatId, reply) -> {
            if (dead.get()) {
                throw new SimulatedCrash();
            }
            telegram.send(chatId, reply);
            if (telegram.sent.size() == 12) {
                // the process dies between Telegram's answer and marking the row sent; nothing more goes out
                dead.set(true);
                throw new SimulatedCrash();
            }
        };

        restarted(dyingAfterTwelve).deliverDue();
        time.advance(Duration.ofSeconds(5));
        restarted(telegram).deliverDue();

        assertEquals(50, messagesPerChat().size());
        assertEquals(51, telegram.sent.size());
        assertEquals(1, messagesPerChat().values().stream().filter(n -> n == 2).count());
    }

    @Test
    void workerDeliversRowsWrittenAfterItStartedAndStopsOnClose() throws Exception {
        follow(1, Target.ALL);
        java.util.concurrent.CountDownLatch delivered = new java.util.concurrent.CountDownLatch(1);
        Notifier notifier = new Notifier(store.jdbi, (chatId, reply) -> delivered.countDown(),
                new Throttle(ThrottleSettings.TELEGRAM, TimeSource.SYSTEM), chats, TimeSource.SYSTEM);
        OutboxWriter realTimeWriter = new OutboxWriter(TimeSource.SYSTEM);
        try (notifier) {
            notifier.start();
            store.importEvent(realTimeWriter, "e1", "First", List.of(), List.of());
            notifier.poke();
            assertTrue(delivered.await(10, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("talksbot-notifier") && t.isAlive()));
    }

    private static final class SimulatedCrash extends Error {
    }
}
