package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.talksbot.notify.TimeSource;
import org.talksbot.telegram.Waiting;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.telegram.FakeBotApi;

/**
 * {@code talksbot run} when it cannot start: the exit code and a message that says why, never the token;
 * and when Telegram cannot be reached yet: it keeps trying, one line per attempt.
 */
class AppStartTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeEach
    void captureStandardError() {
        realErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(realErr);
    }

    @Test
    void withoutATokenItExplainsHowToGetOneAndExitsTwo() {
        int exit = App.runTelegram(Config.fromEnvironment(Map.of("TALKSBOT_DB_URL", memoryDb())));

        assertEquals(2, exit);
        assertTrue(printed().contains("@BotFather"), printed());
    }

    @Test
    void aTokenTelegramRefusesIsNamedAsTheProblemAndExitsOne() {
        try (FakeBotApi fake = FakeBotApi.start()) {
            int exit = App.runTelegram(Config.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "999:WRONG",
                    "TELEGRAM_API_URL", fake.url(), "TALKSBOT_DB_URL", memoryDb())));

            assertEquals(1, exit);
            assertTrue(printed().contains("talksbot could not start: Telegram refused the bot token"), printed());
            assertFalse(printed().contains("999:WRONG"), printed());
        }
    }

    @Test
    void anUnreachableApiIsTriedAgainWithOneLinePerAttemptUntilItAnswers() throws Exception {
        int port = freePort();
        Config config = Config.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:" + port, "TALKSBOT_DB_URL", memoryDb()));
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Optional<RunningBot>> started = CompletableFuture.supplyAsync(
                () -> App.startTelegram(config, TimeSource.SYSTEM, stop));

        Waiting.until(() -> attempts() >= 2, Duration.ofSeconds(20), "two attempts to reach the Bot API");
        assertFalse(started.isDone(), "start-up gave up");
        try (FakeBotApi fake = FakeBotApi.startOn(port); RunningBot bot = started.get(20, TimeUnit.SECONDS).orElseThrow()) {
            fake.enqueueText(42, 42, "/help");
            assertTrue(fake.awaitMessages(42, 1, Duration.ofSeconds(10)).get(0).text().contains("/latest"));
        }
        assertFalse(printed().contains(FakeBotApi.TOKEN), printed());
        assertFalse(printed().contains("\tat "), "a stack trace was logged: " + printed());
        assertTrue(printed().lines().filter(line -> line.contains("could not reach the Telegram Bot API"))
                .allMatch(line -> line.contains("trying again in")), printed());
    }

    @Test
    void aStopWhileTheApiIsUnreachableEndsStartQuietly() throws Exception {
        Config config = Config.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:" + freePort(), "TALKSBOT_DB_URL", memoryDb()));
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Optional<RunningBot>> started = CompletableFuture.supplyAsync(
                () -> App.startTelegram(config, TimeSource.SYSTEM, stop));
        Waiting.until(() -> attempts() >= 1, Duration.ofSeconds(20), "an attempt to reach the Bot API");

        stop.countDown();

        assertEquals(Optional.empty(), started.get(5, TimeUnit.SECONDS));
    }

    private long attempts() {
        return printed().lines().filter(line -> line.contains("could not reach the Telegram Bot API")).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String memoryDb() {
        return "jdbc:h2:mem:start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
