package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.talksbot.telegram.FakeBotApi;
import org.talksbot.telegram.FakeRateLimits;

/**
 * A burst of users, not a unit test: 300 users each ask one question, 100 a second, of the real app
 * (bundled data, in-memory store) over HTTP against {@link FakeBotApi} enforcing Telegram's limits
 * ({@link FakeRateLimits#telegram()}: 30 messages/s, 1/s per chat). Prints the 429s (target 0), the
 * answers out of the order they were asked, the most messages in any rolling second and how long the
 * last user waited (the limit allows 300 answers in about 10 s). Run with
 * {@code mvn -q -B -o test -Dtest=ReplyBurstBenchmark -Dbenchmark=true}; {@code -Dbenchmark.users=},
 * {@code -Dbenchmark.usersPerSecond=}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReplyBurstBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 300);
    private static final int PER_SECOND = Integer.getInteger("benchmark.usersPerSecond", 100);
    private static final String[] QUESTIONS = {"/latest", "/who blinken", "/lachin", "/help",
            "what did Blinken say about the Lachin corridor?", "/timeline 2023-02"};

    @Test
    void threeHundredUsersAtOnceGetTheirAnswersWithinTheLimit() throws InterruptedException {
        FakeBotApi fake = FakeBotApi.start();
        FakeRateLimits limits = FakeRateLimits.telegram();
        fake.intercept(limits);
        try (TelegramApp app = TelegramApp.start(fake,
                Map.of("TALKSBOT_DB_URL", "jdbc:h2:mem:burst-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            app.ask("/start");  // warm: the first answer loads classes
            Thread.sleep(1_100);
            long base = 100_000;
            long start = System.nanoTime();
            for (int i = 0; i < USERS; i++) {
                long due = start + i * 1_000_000_000L / PER_SECOND;
                long ahead = due - System.nanoTime();
                if (ahead > 0) {
                    Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                }
                fake.enqueueText(base + i, base + i, QUESTIONS[i % QUESTIONS.length]);
            }
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (answered(fake, base) < USERS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            report(fake, limits, base, start);
        }
    }

    private static int answered(FakeBotApi fake, long base) {
        return (int) fake.calls().stream().filter(c -> c.method().equals("sendMessage"))
                .mapToLong(c -> c.body().path("chat_id").asLong()).filter(id -> id >= base).distinct().count();
    }

    private static void report(FakeBotApi fake, FakeRateLimits limits, long base, long start) {
        Map<Long, Long> firstAnswer = new HashMap<>();
        List<Long> sends = new ArrayList<>();
        for (FakeBotApi.Call call : fake.calls()) {
            if (call.method().equals("sendMessage") && call.atNanos() >= start) {
                sends.add(call.atNanos());
                long chat = call.body().path("chat_id").asLong();
                if (chat >= base) {
                    firstAnswer.putIfAbsent(chat, call.atNanos());
                }
            }
        }
        // answered before someone who asked earlier, and by how many places at most
        int outOfOrder = 0;
        int furthestAhead = 0;
        for (int i = 0; i < USERS; i++) {
            Long at = firstAnswer.get(base + i);
            int overtaken = 0;
            for (int j = 0; at != null && j < i; j++) {
                Long earlier = firstAnswer.get(base + j);
                if (earlier != null && earlier > at) {
                    overtaken++;
                }
            }
            outOfOrder += overtaken > 0 ? 1 : 0;
            furthestAhead = Math.max(furthestAhead, overtaken);
        }
        int busiestSecond = 0;
        for (int i = 0, j = 0; j < sends.size(); j++) {
            while (sends.get(j) - sends.get(i) >= 1_000_000_000L) {
                i++;
            }
            busiestSecond = Math.max(busiestSecond, j - i + 1);
        }
        double lastAnswer = firstAnswer.values().stream().mapToLong(Long::longValue).max().orElse(start) - start;
        System.out.printf(Locale.ROOT, "reply burst: %d users at %d/s; answered %d; sendMessage calls %d; 429s %d; "
                        + "answered before someone who asked earlier %d (by at most %d places); most sendMessage in a rolling second %d; last answer after %.2f s "
                        + "(%.1f answers/s)%n", USERS, PER_SECOND, firstAnswer.size(), sends.size(),
                limits.tooManyRequests(), outOfOrder, furthestAhead, busiestSecond, lastAnswer / 1e9, firstAnswer.size() / (lastAnswer / 1e9));
        assertEquals(USERS, firstAnswer.size(), "not every user was answered");
        assertEquals(0, limits.tooManyRequests());
    }
}
