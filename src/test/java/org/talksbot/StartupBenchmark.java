package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.bench.LaunchedBot;
import org.talksbot.telegram.FakeBotApi;

/**
 * Start-up time of the packaged bot, not a unit test: launches it 10 times against {@link FakeBotApi} on
 * loopback (the first start on an empty database, six restarts after a clean stop, three restarts after
 * {@code kill -9}) and prints the median and maximum from launch to the first getUpdates, and to the
 * answer of a /latest waiting since before the launch; then the console's time to its first answer.
 * Needs the jar: {@code mvn -q -B -o package -DskipTests && mvn -q -B -o test -Dtest=StartupBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class StartupBenchmark {

    private static final int RESTARTS = 6;
    private static final int KILLS = 3;
    private static final int CONSOLE_RUNS = Integer.getInteger("benchmark.consoleRuns", 5);
    private static final long WAIT_NANOS = 60_000_000_000L;

    @TempDir
    Path dir;

    private long chat = 1000;

    @Test
    void launchesTenTimesAndAnswersFromTheConsole() throws Exception {
        Path log = dir.resolve("bot.log");
        System.out.println("launch: " + LaunchedBot.launchDescription() + " …; load " + load());
        List<double[]> first = new ArrayList<>();
        List<double[]> restarts = new ArrayList<>();
        List<double[]> afterKill = new ArrayList<>();
        try (FakeBotApi fake = FakeBotApi.start()) {
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", fake.url(),
                    "TALKSBOT_DB_URL", "jdbc:h2:file:" + dir.resolve("data/talksbot") + ";AUTO_SERVER=TRUE");
            LaunchedBot bot = timedStart(fake, env, log, first);
            for (int i = 0; i < RESTARTS; i++) {
                bot.stop();
                bot = timedStart(fake, env, log, restarts);
            }
            for (int i = 0; i < KILLS; i++) {
                bot.kill();
                bot = timedStart(fake, env, log, afterKill);
            }
            bot.stop();
            print("first start, empty database", first);
            print("restart, unchanged data", restarts);
            print("restart after kill -9", afterKill);
            List<Double> console = new ArrayList<>();
            for (int i = 0; i < CONSOLE_RUNS; i++) {
                console.add(consoleFirstAnswer(env, log));
            }
            System.out.printf(Locale.ROOT, "console, launch to first answer of /latest: median %.2f s, max %.2f s (%d runs)%n",
                    median(console), max(console), console.size());
        }
        System.out.println("load after: " + load());
        assertTrue(first.size() == 1 && restarts.size() == RESTARTS && afterKill.size() == KILLS);
    }

    /** Launches the bot with a /latest waiting; records seconds to the first getUpdates and to the answer. */
    private LaunchedBot timedStart(FakeBotApi fake, Map<String, String> env, Path log, List<double[]> into)
            throws InterruptedException {
        long chatId = ++chat;
        fake.enqueueText(chatId, chatId, "/latest");
        LaunchedBot bot = LaunchedBot.start(env, log, "run");
        long polled = 0;
        long answered = 0;
        while ((polled == 0 || answered == 0) && System.nanoTime() - bot.launchedAt() < WAIT_NANOS) {
            for (FakeBotApi.Call call : fake.calls()) {
                if (call.atNanos() < bot.launchedAt()) {
                    continue;
                }
                if (polled == 0 && call.method().equals("getUpdates")) {
                    polled = call.atNanos();
                }
                if (answered == 0 && call.method().equals("sendMessage") && call.body().path("chat_id").asLong() == chatId) {
                    answered = call.atNanos();
                }
            }
            Thread.sleep(5);
        }
        if (answered == 0) {
            bot.close();
            throw new IllegalStateException("the bot did not answer within 60 s; see " + log);
        }
        into.add(new double[] {(polled - bot.launchedAt()) / 1e9, (answered - bot.launchedAt()) / 1e9});
        Thread.sleep(500);  // let it settle into idle polling before it is stopped
        return bot;
    }

    private double consoleFirstAnswer(Map<String, String> env, Path log) throws IOException {
        Path input = Files.writeString(dir.resolve("console-input.txt"), "/latest\n");
        try (LaunchedBot console = LaunchedBot.startReading(env, input, log, "console")) {
            BufferedReader out = new BufferedReader(new InputStreamReader(console.stdout(), StandardCharsets.UTF_8));
            String line = out.readLine();
            double seconds = (System.nanoTime() - console.launchedAt()) / 1e9;
            if (line == null || !line.contains("Latest")) {
                throw new IllegalStateException("the console did not answer /latest (got " + line + "); see " + log);
            }
            while (out.readLine() != null) {
                // drain until it exits at the end of its input
            }
            console.waitFor();
            return seconds;
        }
    }

    private static void print(String what, List<double[]> runs) {
        List<Double> polls = runs.stream().map(r -> r[0]).toList();
        List<Double> answers = runs.stream().map(r -> r[1]).toList();
        System.out.printf(Locale.ROOT, "%-28s (%d): first getUpdates median %.2f s, max %.2f s; "
                + "answer to a waiting /latest median %.2f s, max %.2f s%n", what, runs.size(),
                median(polls), max(polls), median(answers), max(answers));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
