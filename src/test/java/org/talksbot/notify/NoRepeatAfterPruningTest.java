package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/**
 * Pruning deletes the outbox rows that once said an item was notified to a chat, and the digests and digest
 * items that said it was in a chat's digest; the real import must still never notify the same item (or the
 * same correction) twice, one by one or in a digest.
 */
class NoRepeatAfterPruningTest {

    private static final String REFERENCE = """
            people:
              - {id: antony-blinken, name: Antony Blinken, kind: person, role: U.S. Secretary of State,
                 aliases: [blinken]}
            topics:
              - {id: mediation-us, name: US mediation, main: false, background: "Talks hosted by the U.S.",
                 aliases: [us mediation]}
            places: []
            """;

    private static final String EVENTS = """
            events:
              - id: 2023-05-washington-round
                date: "2023-05"
                title: Talks in Washington
                summary: The ministers met in Washington.
                people: [antony-blinken]
                topics: [mediation-us]
                sources: [{url: "https://example.org/may", name: Example}]
            """;

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path dir;

    private final Jdbi jdbi = Database.inMemory("no-repeat-after-pruning-" + DATABASES.incrementAndGet());
    private final FakeTime time = new FakeTime();
    private final FakeTelegram telegram = new FakeTelegram(time, 30);
    private final Curator curator = new Curator(jdbi, new OutboxWriter(time));
    private final OutboxPruner pruner = new OutboxPruner(jdbi, time);
    private final Notifier notifier = new Notifier(jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, time),
            new ChatRegistry(jdbi, time), time);

    @AfterEach
    void close() {
        notifier.close();
    }

    private void write(String events) throws IOException {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("people.yaml"), REFERENCE);
        Files.writeString(dir.resolve("events/2023.yaml"), events);
    }

    /** Imports, sends what is due, and a week and a day later deletes what was sent. */
    private void importSendAndPrune() {
        curator.importPath(dir);
        notifier.deliverDue();
        time.advance(OutboxPruner.KEEP.plusDays(1));
        pruner.pruneBatch();
        assertEquals(0, count("SELECT COUNT(*) FROM outbox"), "everything sent was deleted");
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void anItemIsNotifiedOnceEvenAfterItsRowsArePrunedAndTheDataIsImportedAgain() throws IOException {
        new Subscriptions(jdbi, time).add(StoreFixture.privateChat(5, ""), Target.ALL);
        write(EVENTS);
        importSendAndPrune();
        assertEquals(1, telegram.countTo(5));

        curator.importPath(dir);
        write(EVENTS.replace("sources:", "correction: true\n    sources:"));
        curator.importPath(dir);
        notifier.deliverDue();

        assertEquals(1, telegram.countTo(5), "the same item is not sent again");
        assertEquals(0, count("SELECT COUNT(*) FROM outbox"));
    }

    @Test
    void aCorrectionIsNotifiedOnceEvenAfterItsRowsArePrunedAndItIsImportedAgain() throws IOException {
        new Subscriptions(jdbi, time).add(StoreFixture.privateChat(5, ""), Target.ALL);
        write(EVENTS);
        importSendAndPrune();
        write(EVENTS.replace("in Washington.", "at Blair House.").replace("sources:", "correction: true\n    sources:"));
        importSendAndPrune();
        assertEquals(2, telegram.countTo(5), "the item, then its correction");
        assertTrue(String.join("", telegram.sent.get(1).reply().parts()).contains("Correction"),
                String.join("", telegram.sent.get(1).reply().parts()));

        curator.importPath(dir);
        notifier.deliverDue();

        assertEquals(2, telegram.countTo(5), "the same correction is not sent again");
    }

    /** Chat 6 follows everything in a daily digest at 08:00 in UTC+4, 04:00 UTC. */
    private void dailyDigestChat() {
        Subscriptions subscriptions = new Subscriptions(jdbi, time);
        subscriptions.add(StoreFixture.privateChat(6, ""), Target.ALL);
        new DigestCommand(subscriptions.settings(), request -> true).answer(StoreFixture.privateChat(6, ""),
                "daily 08:00");
    }

    /** Moves on to the next 04:00 UTC, where the running bot plans the due digest and sends it. */
    private void nextDigest() {
        Instant today = time.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(4));
        time.setNow(today.isAfter(time.now()) ? today : today.plus(Duration.ofDays(1)));
        new DigestPlanner(jdbi, time).planDue();
        notifier.deliverDue();
    }

    /** Imports, sends the next digest, and two weeks and a day later deletes it with what it held. */
    private void importDigestAndPrune() {
        curator.importPath(dir);
        nextDigest();
        time.advance(DigestPruner.KEEP.plusDays(1));
        pruner.pruneBatch();
        assertEquals(List.of(0, 0, 0), List.of(count("SELECT COUNT(*) FROM digest"),
                count("SELECT COUNT(*) FROM digest_item"), count("SELECT COUNT(*) FROM outbox")),
                "the digest, its items and its message were deleted");
    }

    @Test
    void anItemIsDigestedOnceEvenAfterItsDigestIsPrunedAndTheDataIsImportedAgain() throws IOException {
        dailyDigestChat();
        write(EVENTS);
        importDigestAndPrune();
        assertEquals(1, telegram.countTo(6));
        assertTrue(telegram.sent.get(0).reply().html().contains("Talks in Washington"));

        curator.importPath(dir);
        write(EVENTS.replace("sources:", "correction: true\n    sources:"));
        curator.importPath(dir);
        nextDigest();

        assertEquals(1, telegram.countTo(6), "the same item is not in a digest again");
        assertEquals(0, count("SELECT COUNT(*) FROM digest_item"));
    }

    @Test
    void aCorrectionIsDigestedOnceEvenAfterItsDigestIsPrunedAndItIsImportedAgain() throws IOException {
        dailyDigestChat();
        write(EVENTS);
        importDigestAndPrune();
        write(EVENTS.replace("in Washington.", "at Blair House.")
                .replace("sources:", "correction: true\n    sources:"));
        importDigestAndPrune();
        assertEquals(2, telegram.countTo(6), "a digest with the item, then one with its correction");
        assertTrue(telegram.sent.get(1).reply().html().contains("Correction"), telegram.sent.get(1).reply().html());

        curator.importPath(dir);
        nextDigest();

        assertEquals(2, telegram.countTo(6), "the same correction is not in a digest again");
    }
}
