package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.curate.Curator;
import org.talksbot.notify.ChatRegistry;
import org.talksbot.notify.Notifier;
import org.talksbot.notify.OutboxWriter;
import org.talksbot.notify.Throttle;
import org.talksbot.notify.ThrottleSettings;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Database;

/**
 * Fan-out speed over HTTP, not a unit test: 10,000 subscribers, the real notifier and
 * {@link TelegramGateway} (OkHttp) against {@link FakeBotApi} enforcing {@link FakeRateLimits} in real
 * time, scaled 10x (300/s for Telegram's 30/s), each answer delayed as by a network (10 ms, i.e. 100 ms
 * at Telegram's real rate). Client and server
 * share this JVM's CPU, so much higher rates measure the CPU, not the notifier. Run with
 * {@code mvn -o test -Dtest=HttpFanoutBenchmark -Dbenchmark=true}; {@code -Dbenchmark.rate=},
 * {@code -Dbenchmark.latencyMillis=}, {@code -Dbenchmark.senders=} (1 = one message at a time).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class HttpFanoutBenchmark {

    private static final int SUBSCRIBERS = Integer.getInteger("benchmark.subscribers", 10_000);
    private static final int RATE = Integer.getInteger("benchmark.rate", 300);
    /** Added to every sendMessage answer, standing in for the network between the bot and Telegram. */
    private static final int LATENCY_MILLIS = Integer.getInteger("benchmark.latencyMillis", 10);
    /** Messages in flight at once; 1 is the notifier sending one message at a time. */
    private static final int SENDERS = Integer.getInteger("benchmark.senders", 8);

    @TempDir
    Path dir;

    @Test
    void fanOutToTenThousandSubscribersOverHttpAtTheAllowedRate() throws IOException {
        Jdbi jdbi = Database.inMemory("http-fanout-" + UUID.randomUUID());
        jdbi.useHandle(h -> {
            for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
                h.execute("INSERT INTO chat (id, is_group, active, updated_at) VALUES (?, FALSE, TRUE, CURRENT_TIMESTAMP)",
                        chat);
                h.execute("INSERT INTO subscription (chat_id, target_kind, target_id, created_at) "
                        + "VALUES (?, 'ALL', '*', CURRENT_TIMESTAMP)", chat);
            }
        });
        Path news = Files.writeString(dir.resolve("news.yaml"), """
                people:
                  - {id: zed-envoy, name: Zed Envoy, kind: person, aliases: [envoy]}
                topics:
                  - {id: zed-topic, name: Zed topic, main: false, background: "For the benchmark.", aliases: [zed]}
                events:
                  - id: 2031-01-02-zed-talks
                    date: "2031-01-02"
                    title: Zed talks open
                    summary: A benchmark event.
                    people: [zed-envoy]
                    topics: [zed-topic]
                    sources: [{url: "https://example.org/zed", name: Example}]
                """);
        new Curator(jdbi, new OutboxWriter(TimeSource.SYSTEM)).importPath(news);

        FakeRateLimits limits = new FakeRateLimits(RATE, Duration.ofSeconds(1), 20);
        try (FakeBotApi fake = FakeBotApi.start(); TelegramApi api = TelegramApi.open(FakeBotApi.TOKEN, fake.url())) {
            fake.intercept((method, body) -> {
                sleep(LATENCY_MILLIS);
                return java.util.Optional.empty();
            });
            fake.intercept(limits);
            Throttle throttle = new Throttle(ThrottleSettings.TELEGRAM.withGlobalPerSecond(RATE), TimeSource.SYSTEM);
            Notifier notifier = new Notifier(jdbi, new TelegramGateway(api), throttle,
                    new ChatRegistry(jdbi, TimeSource.SYSTEM), TimeSource.SYSTEM, SENDERS);

            long start = System.nanoTime();
            int sent = notifier.deliverDue();
            double seconds = (System.nanoTime() - start) / 1e9;

            double achieved = sent / seconds;
            long received = fake.calls().stream().filter(c -> c.method().equals("sendMessage"))
                    .map(c -> c.body().path("chat_id").asLong()).distinct().count();
            long lost = SUBSCRIBERS - Math.min(received, limits.accepted());
            int unsent = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'")
                    .mapTo(Integer.class).one());
            notifier.close();
            java.util.Map<Long, Long> perChat = fake.calls().stream().filter(c -> c.method().equals("sendMessage"))
                    .collect(java.util.stream.Collectors.groupingBy(c -> c.body().path("chat_id").asLong(),
                            java.util.stream.Collectors.counting()));
            System.out.println("chats sent to more than once: " + perChat.values().stream().filter(n -> n > 1).count()
                    + "; refusals: " + fake.refusals().stream().distinct().limit(3).toList());
            System.out.printf(Locale.ROOT, "HTTP fan-out, %d senders, %d ms latency: %d messages in %.2f s = %.0f/s; allowed %d/s; "
                    + "achieved/allowed %.3f; 429s %d; lost %d; rows not SENT %d%n", SENDERS, LATENCY_MILLIS, sent, seconds, achieved, RATE,
                    achieved / RATE, limits.tooManyRequests(), lost, unsent);
            assertEquals(0, limits.tooManyRequests());
            assertEquals(0, lost);
            assertEquals(0, unsent);
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
