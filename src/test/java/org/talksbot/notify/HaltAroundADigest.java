package org.talksbot.notify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.store.Database;

/**
 * Run in a process of its own by {@link DigestKillTest}: a daily chat with one waiting item, the clock
 * at its digest's minute; it plans the digest and, with {@code send}, delivers it (appending the chat id
 * to a file, as Telegram taking the message), then halts the JVM at once, as {@code kill -9} would.
 */
public final class HaltAroundADigest {

    static final Instant MINUTE = Instant.parse("2026-03-29T06:00:00Z");  // 08:00 in Berlin, first day of CEST

    private HaltAroundADigest() {
    }

    /** The chat, its subscription, its settings and one item waiting for its digest. */
    static void prepare(Jdbi jdbi, FakeTime time) {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO topic (id, name, command, main) VALUES ('lachin-corridor', 'Lachin corridor', "
                    + "'lachin', TRUE)");
            h.execute("INSERT INTO person (id, name, kind) VALUES ('antony-blinken', 'Antony Blinken', 'person')");
        });
        Subscriptions subscriptions = new Subscriptions(jdbi, time);
        var chat = StoreFixture.privateChat(5, "");
        subscriptions.add(chat, new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        subscriptions.settings().zone(chat, java.time.ZoneId.of("Europe/Berlin"));
        subscriptions.settings().digest(chat, null, 8 * 60);
        jdbi.useTransaction(h -> {
            h.execute("INSERT INTO event (id, event_date, date_precision, title, summary) "
                    + "VALUES ('e1', DATE '2023-03-20', 'day', 'Checkpoint talks', 'Summary.')");
            h.execute("INSERT INTO event_topic (event_id, topic_id) VALUES ('e1', 'lachin-corridor')");
            new OutboxWriter(time).imported(h, StoreFixture.events(List.of("e1"), List.of(), List.of()));
        });
    }

    static ChatGateway recordingTo(Path file) {
        return (chatId, reply) -> {
            try {
                Files.writeString(file, chatId + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.SYNC);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** args: database URL, file of deliveries, "plan" or "send". */
    public static void main(String[] args) {
        Jdbi jdbi = Database.open(args[0]);
        FakeTime time = new FakeTime();
        time.setNow(MINUTE.minus(Duration.ofDays(1)));
        prepare(jdbi, time);
        // all that was set up the day before is on disk; what follows may not be
        jdbi.useHandle(org.talksbot.store.Durability::checkpoint);
        time.setNow(MINUTE);
        if (new DigestPlanner(jdbi, time).planDue() != 1) {
            Runtime.getRuntime().halt(3);
        }
        if (args[2].equals("send")) {
            Notifier sender = new Notifier(jdbi, recordingTo(Path.of(args[1])),
                    new Throttle(ThrottleSettings.TELEGRAM, time), new ChatRegistry(jdbi, time), time);
            if (sender.deliverDue() != 1) {
                Runtime.getRuntime().halt(4);
            }
        }
        Runtime.getRuntime().halt(9);
    }
}
