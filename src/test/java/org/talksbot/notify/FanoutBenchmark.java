package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fan-out speed, not a unit test: 10,000 subscribers against a gateway that enforces a rolling
 * per-second limit in real time, scaled 100x (3,000/s for Telegram's 30/s). Run with
 * {@code mvn -o test -Dtest=FanoutBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FanoutBenchmark {

    private static final int SUBSCRIBERS = 10_000;
    private static final int RATE = Integer.getInteger("benchmark.rate", 3_000);

    @Test
    void fanOutToTenThousandSubscribersAtTheAllowedRate() {
        StoreFixture store = new StoreFixture();
        store.jdbi.useHandle(h -> {
            for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
                h.execute("INSERT INTO chat (id, is_group, active, updated_at) "
                        + "VALUES (?, FALSE, TRUE, CURRENT_TIMESTAMP)", chat);
                h.execute("INSERT INTO subscription (chat_id, target_kind, target_id, created_at) "
                        + "VALUES (?, 'ALL', '*', CURRENT_TIMESTAMP)", chat);
            }
        });
        store.importEvent(new OutboxWriter(TimeSource.SYSTEM), "e1", "Talks", List.of(), List.of());
        FakeTelegram telegram = new FakeTelegram(TimeSource.SYSTEM, RATE);
        Throttle throttle = new Throttle(ThrottleSettings.TELEGRAM.withGlobalPerSecond(RATE), TimeSource.SYSTEM);
        Notifier notifier = new Notifier(store.jdbi, telegram, throttle,
                new ChatRegistry(store.jdbi, TimeSource.SYSTEM), TimeSource.SYSTEM);

        long start = System.nanoTime();
        int sent = notifier.deliverDue();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        double achieved = sent / (elapsed.toNanos() / 1e9);
        long lost = SUBSCRIBERS - telegram.recipients().stream().distinct().count();
        int unsent = store.count("SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'");
        System.out.printf(Locale.ROOT, "fan-out: %d messages in %.2f s = %.0f/s; allowed %d/s; achieved/allowed %.3f; "
                + "429s %d; lost %d; rows not SENT %d%n", sent, elapsed.toNanos() / 1e9, achieved, RATE,
                achieved / RATE, telegram.rateLimited, lost, unsent);
        assertEquals(0, telegram.rateLimited);
        assertEquals(0, lost);
    }
}
