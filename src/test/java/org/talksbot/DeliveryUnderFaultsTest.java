package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.telegram.ChaosBotApi;
import org.talksbot.telegram.Waiting;

/**
 * The promise end to end: the real bot, in a process of its own, against a Bot API that fails in
 * every way the network and Telegram do (seeded, so a failure can be replayed), killed with
 * {@code kill -9} three times (once right after a batch of updates reached it) and stopped with SIGTERM
 * at the end. Every message is answered, in order per chat; a message is doubled only where the
 * bot cannot know it arrived (in flight at a kill, or its connection reset after Telegram took it);
 * no retry comes before its retry_after; and no log line carries the token.
 */
class DeliveryUnderFaultsTest {

    private static final String TOKEN = "424242:chaos-SECRET-part-of-a-fake-token";
    private static final long SEED = 9;
    private static final ChaosBotApi.Faults FAULTS = new ChaosBotApi.Faults(
            0.08, 0.03, 0.05, 0.04,     // getUpdates: 502, hang then close, reset, 409
            0.08, 0.06, 0.04, 0.04);    // sendMessage: 500, 429, reset before taking it, reset after
    private static final int CHATS = 12;
    private static final int PER_WAVE = 3;
    private static final Pattern ECHO = Pattern.compile("qqzx-(\\d+)-(\\d+) plover");

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final List<String> asked = new ArrayList<>();
    private int kills;

    @Test
    void everyMessageIsAnsweredThroughFaultsAndKillsAndOnlyWhatWasInFlightIsDoubled() throws Exception {
        Path log = dir.resolve("bot.log");
        try {
            runTheBotThroughTheChaos(log);
        } finally {
            // kept for reading after the run (the temporary folder is deleted)
            if (Files.exists(log) && Files.isDirectory(Path.of("target"))) {
                Files.copy(log, Path.of("target", "delivery-under-faults.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertTheLogIsReadableAndHasNoToken(log);
    }

    private void runTheBotThroughTheChaos(Path log) throws Exception {
        try (ChaosBotApi api = new ChaosBotApi(TOKEN, FAULTS, SEED, Duration.ofSeconds(2))) {
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                    "TALKSBOT_DB_URL", "jdbc:h2:file:" + dir.resolve("talksbot").toAbsolutePath());

            CountDownLatch batch = new CountDownLatch(1);
            api.onBatch(size -> batch.countDown());
            BotProcess bot = BotProcess.start(env, log);
            ask(api, 0);
            assertTrue(batch.await(90, TimeUnit.SECONDS), "no batch of updates reached the bot");
            Thread.sleep(random.nextInt(40));
            kill(bot);

            bot = BotProcess.start(env, log);
            ask(api, 1);
            Waiting.until(() -> answered(api) >= asked.size() * 2 / 3, Duration.ofSeconds(90), "some answers");
            kill(bot);

            bot = BotProcess.start(env, log);
            ask(api, 2);
            Waiting.until(() -> api.attempts().size() > asked.size(), Duration.ofSeconds(90), "sending under way");
            Thread.sleep(random.nextInt(500));
            kill(bot);

            bot = BotProcess.start(env, log);
            Waiting.until(() -> answered(api) == asked.size(), Duration.ofSeconds(90), "every message answered");
            Thread.sleep(500);
            bot.stop();

            assertEveryMessageAnsweredInOrder(api);
            assertOnlyWhatTheBotCouldNotKnowIsDoubled(api);
            assertEveryRetryAfterRespected(api);
        }
    }

    private void ask(ChaosBotApi api, int wave) {
        for (int n = 0; n < PER_WAVE; n++) {
            for (long chat = 1; chat <= CHATS; chat++) {
                String text = "qqzx-" + chat + "-" + (wave * PER_WAVE + n) + " plover";
                asked.add(text);
                api.enqueueText(chat, text);
            }
        }
    }

    private void kill(BotProcess bot) throws InterruptedException {
        bot.kill();
        kills++;
    }

    private static Map<String, Long> answers(ChaosBotApi api) {
        return api.taken().stream().map(t -> echo(t.text())).filter(s -> !s.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    }

    private static int answered(ChaosBotApi api) {
        return answers(api).size();
    }

    private static String echo(String reply) {
        Matcher m = ECHO.matcher(reply);
        return m.find() ? m.group() : "";
    }

    private void assertEveryMessageAnsweredInOrder(ChaosBotApi api) {
        assertEquals(asked.stream().sorted().toList(), answers(api).keySet().stream().sorted().toList(),
                "messages lost");
        for (long chat = 1; chat <= CHATS; chat++) {
            long id = chat;
            List<Integer> order = api.taken().stream().filter(t -> t.chatId() == id)
                    .map(t -> ECHO.matcher(t.text())).filter(Matcher::find)
                    .map(m -> Integer.parseInt(m.group(2))).distinct().toList();
            assertEquals(order.stream().sorted().toList(), order, "answers to chat " + chat + " out of order");
        }
    }

    private void assertOnlyWhatTheBotCouldNotKnowIsDoubled(ChaosBotApi api) {
        long doubled = answers(api).values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("delivery under faults: %d messages, %d answered, %d doubled (%d kills, %d resets after "
                        + "Telegram took the message), %d sends tried, %d flood waits%n", asked.size(), answered(api),
                doubled, kills, api.resetsAfterTaking(), api.attempts().size(), api.floodWaits().size());
        assertTrue(doubled <= kills + api.resetsAfterTaking(), "doubled " + doubled);
    }

    private static void assertEveryRetryAfterRespected(ChaosBotApi api) {
        for (ChaosBotApi.FloodWait wait : api.floodWaits()) {
            long until = wait.atNanos() + wait.retryAfter().toNanos();
            List<ChaosBotApi.Taken> early = api.attempts().stream()
                    .filter(a -> a.chatId() == wait.chatId() && a.atNanos() > wait.atNanos() && a.atNanos() < until)
                    .toList();
            assertEquals(List.of(), early, "sent within retry_after " + wait);
        }
        assertFalse(api.floodWaits().isEmpty(), "the seed gave no 429: the test proves nothing about retry_after");
    }

    private static void assertTheLogIsReadableAndHasNoToken(Path log) throws IOException {
        String text = Files.readString(log);
        assertFalse(text.contains(TOKEN.substring(TOKEN.indexOf(':') + 1)), "the token is in the log");
        assertFalse(Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{20,}").matcher(text).find(), "something like a token is logged");
        List<String> traces = text.lines().filter(line -> line.startsWith("\tat ")).limit(5).toList();
        assertEquals(List.of(), traces, "expected faults should log one line, not a stack trace");
        assertTrue(text.contains("polling failed"), "poll failures are logged");
        assertTrue(text.contains("stopped polling"), "SIGTERM stops cleanly");
    }
}
