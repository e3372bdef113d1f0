package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.bench.LaunchedBot;
import org.talksbot.telegram.FakeBotApi;
import org.talksbot.telegram.FakeRateLimits;

/**
 * The packaged bot serving, not a unit test: {@code run} launched as the README says, against
 * {@link FakeBotApi} on loopback (with Telegram's limits), gets 1,000 questions from 1,000 chats at 15 a
 * second (67 s), a mix of commands and plain questions, asked by users whose Telegram is in English, Russian
 * or Armenian. Prints the time from handing each update out in
 * getUpdates to the bot's sendMessage for it (p50/p99/max; the bot's own time plus loopback HTTP), and the
 * process's peak resident memory (VmHWM) at the end. Needs the jar:
 * {@code mvn -q -B -o package -DskipTests && mvn -q -B -o test -Dtest=ServingBenchmark -Dbenchmark=true};
 * {@code -Dbenchmark.questions=}, {@code -Dbenchmark.perSecond=}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ServingBenchmark {

    private static final int QUESTIONS = Integer.getInteger("benchmark.questions", 1_000);
    private static final int PER_SECOND = Integer.getInteger("benchmark.perSecond", 15);
    /** {@code -Dbenchmark.ask=/start} asks only that, e.g. to see the transport's share of the time. */
    private static final String[] ASKED = System.getProperty("benchmark.ask") != null
            ? new String[] {System.getProperty("benchmark.ask")} : new String[] {"/latest", "/who blinken", "/lachin", "/timeline 2023",
            "/quotes blinken", "/search lachin checkpoint", "what did Blinken say about the Lachin corridor?",
            "when did Pashinyan and Aliyev meet in Munich", "/topics", "/help", "who is Mirzoyan", "/latest 10"};

    /** Users' Telegram apps in English, Russian and Armenian, so every language's bundle and ICU's data are loaded. */
    private static final String[] LANGUAGES = {"en", "ru", "hy"};

    private static final Pattern OWN_TIME = Pattern.compile("\\d+ replies; update received -> sendMessage .*");

    @TempDir
    Path dir;

    @Test
    void servesAThousandQuestions() throws InterruptedException {
        FakeRateLimits limits = FakeRateLimits.telegram();
        try (FakeBotApi fake = FakeBotApi.start()) {
            fake.intercept(limits);
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", fake.url(),
                    "TALKSBOT_DB_URL", "jdbc:h2:file:" + dir.resolve("data/talksbot") + ";AUTO_SERVER=TRUE");
            System.out.println("launch: " + LaunchedBot.launchDescription() + " run; load " + StartupBenchmark.load());
            try (LaunchedBot bot = LaunchedBot.start(env, dir.resolve("bot.log"), "run")) {
                awaitPolling(fake, bot);
                double cpuBefore = bot.cpuSeconds();
                long base = 1_000_000;
                Map<Long, Long> askedAt = new HashMap<>();
                long start = System.nanoTime();
                for (int i = 0; i < QUESTIONS; i++) {
                    long due = start + (long) i * 1_000_000_000L / PER_SECOND;
                    long ahead = due - System.nanoTime();
                    if (ahead > 0) {
                        Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                    }
                    askedAt.put(base + i, System.nanoTime());
                    fake.enqueueText(base + i, base + i, ASKED[i % ASKED.length], LANGUAGES[i % LANGUAGES.length]);
                }
                long deadline = System.nanoTime() + 30_000_000_000L;
                Map<Long, Long> answeredAt = answers(fake, base);
                while (answeredAt.size() < QUESTIONS && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    answeredAt = answers(fake, base);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double peakMb = bot.peakRssMb();
                double cpu = bot.cpuSeconds() - cpuBefore;
                List<Double> millis = new ArrayList<>();
                answeredAt.forEach((chat, at) -> millis.add((at - askedAt.get(chat)) / 1e6));
                List<Double> warm = new ArrayList<>();
                answeredAt.forEach((chat, at) -> {
                    if (chat >= base + 100) {
                        warm.add((at - askedAt.get(chat)) / 1e6);
                    }
                });
                System.out.printf(Locale.ROOT, "served %d of %d questions at %d/s in %.1f s; 429s %d; peak RSS %.0f MB%n",
                        answeredAt.size(), QUESTIONS, PER_SECOND, seconds, limits.tooManyRequests(), peakMb);
                System.out.println("seen by the fake Bot API (the bot's time plus loopback HTTP and the fake's own):");
                System.out.println("  update handed out -> sendMessage, all:            " + percentiles(millis));
                System.out.println("  update handed out -> sendMessage, after first 100: " + percentiles(warm));
                System.out.printf(Locale.ROOT, "bot CPU while serving: %.1f s, %.2f ms per question%n", cpu,
                        cpu * 1000 / QUESTIONS);
                System.out.println("load after: " + StartupBenchmark.load());
                assertEquals(QUESTIONS, answeredAt.size(), "not every question was answered");
                bot.stop();
            }
            System.out.println("the bot's own time, as it logs it on stop: " + ownTime(dir.resolve("bot.log")));
        }
    }

    /** The line the bot logs on stop (telegram.ReplyLatency): from each getUpdates response to the reply's sendMessage call. */
    private static String ownTime(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.map(OWN_TIME::matcher).filter(Matcher::find).reduce((a, b) -> b).map(Matcher::group)
                    .orElse("not logged");
        } catch (IOException e) {
            return "not readable: " + e;
        }
    }

    private static void awaitPolling(FakeBotApi fake, LaunchedBot bot) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (fake.calls().stream().noneMatch(c -> c.method().equals("getUpdates"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bot did not start polling within 60 s");
            }
            Thread.sleep(20);
        }
        Thread.sleep(2_000);  // the search index is built in the background after start
    }

    private static Map<Long, Long> answers(FakeBotApi fake, long base) {
        Map<Long, Long> first = new HashMap<>();
        for (FakeBotApi.Call call : fake.calls()) {
            long chat = call.body().path("chat_id").asLong();
            if (call.method().equals("sendMessage") && chat >= base) {
                first.putIfAbsent(chat, call.atNanos());
            }
        }
        return first;
    }

    private static String percentiles(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d)", at(sorted, 0.50),
                at(sorted, 0.99), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
