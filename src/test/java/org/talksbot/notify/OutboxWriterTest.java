package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxWriterTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final OutboxWriter writer = new OutboxWriter(time);
    private final Subscriptions subscriptions = new Subscriptions(store.jdbi, time);

    private void follow(long chatId, Target.Kind kind, String id) {
        subscriptions.add(StoreFixture.privateChat(chatId, ""), new Target(kind, id, id));
    }

    private int rows() {
        return store.count("SELECT COUNT(*) FROM outbox");
    }

    @Test
    void aChatMatchingOnSeveralTopicsAndPeopleGetsOneRow() {
        follow(1, Target.Kind.TOPIC, "lachin-corridor");
        follow(1, Target.Kind.TOPIC, "border-delimitation");
        follow(1, Target.Kind.PERSON, "antony-blinken");
        follow(1, Target.Kind.ALL, Target.ALL_ID);
        follow(2, Target.Kind.TOPIC, "mediation-us");

        store.importEvent(writer, "e1", "Talks", List.of("lachin-corridor", "border-delimitation"),
                List.of("antony-blinken"));

        assertEquals(1, rows());
    }

    @Test
    void aQuoteMatchesItsSpeakerAndItsTopics() {
        follow(1, Target.Kind.PERSON, "nikol-pashinyan");
        follow(2, Target.Kind.TOPIC, "lachin-corridor");
        follow(3, Target.Kind.PERSON, "ilham-aliyev");

        store.importQuote(writer, "q1", "nikol-pashinyan", "Peace is possible.", List.of("lachin-corridor"));

        assertEquals(List.of(1L, 2L), store.jdbi.withHandle(h ->
                h.select("SELECT chat_id FROM outbox ORDER BY chat_id").mapTo(Long.class).list()));
    }

    @Test
    void repeatedImportDoesNotEnqueueAgain() {
        follow(1, Target.Kind.ALL, Target.ALL_ID);
        store.importEvent(writer, "e1", "Talks", List.of(), List.of());

        store.jdbi.useTransaction(h -> writer.imported(h, StoreFixture.events(List.of("e1"), List.of(), List.of())));

        assertEquals(1, rows());
    }

    @Test
    void editsDoNotNotifyButCorrectionsDoOncePerCorrectedContent() {
        follow(1, Target.Kind.ALL, Target.ALL_ID);
        store.importEvent(writer, "e1", "Talks in Brussels", List.of(), List.of());

        store.editEvent(writer, "e1", "Talks in Brussels, Belgium", false);
        assertEquals(1, rows());

        store.editEvent(writer, "e1", "Talks in Washington", true);
        store.editEvent(writer, "e1", "Talks in Washington", true);
        assertEquals(2, rows());
        assertEquals(1, store.count("SELECT COUNT(*) FROM outbox WHERE correction"));

        store.editEvent(writer, "e1", "Talks in Washington, D.C.", true);
        assertEquals(2, store.count("SELECT COUNT(*) FROM outbox WHERE correction"));
    }

    @Test
    void inactiveChatsAreNotEnqueued() {
        follow(1, Target.Kind.ALL, Target.ALL_ID);
        follow(2, Target.Kind.ALL, Target.ALL_ID);
        new ChatRegistry(store.jdbi, time).changed(2, false);

        store.importEvent(writer, "e1", "Talks", List.of(), List.of());

        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 2"));
    }

    @Test
    void planCountsWhatWouldBeSentAndWritesNothing() {
        follow(1, Target.Kind.ALL, Target.ALL_ID);
        follow(2, Target.Kind.TOPIC, "lachin-corridor");

        FanoutPlan plan = store.jdbi.inTransaction(h -> {
            h.execute("INSERT INTO event (id, event_date, date_precision, title, summary) "
                    + "VALUES ('e1', DATE '2023-01-01', 'day', 'T', 'S')");
            h.execute("INSERT INTO event_topic (event_id, topic_id) VALUES ('e1', 'lachin-corridor')");
            return writer.plan(h, StoreFixture.events(List.of("e1"), List.of(), List.of()));
        });

        assertEquals(2, plan.notifications());
        assertTrue(plan.summary().contains("event e1: 2 chats"));
        assertEquals(0, rows());
    }
}
