package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.telegram.FakeBotApi;

/** {@code talksbot run} when it cannot start: the exit code and a message that says why, never the token. */
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
    void anUnreachableApiIsNamedAsTheProblemAndExitsOne() {
        int exit = App.runTelegram(Config.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:1", "TALKSBOT_DB_URL", memoryDb())));

        assertEquals(1, exit);
        assertTrue(printed().contains("talksbot could not start: could not reach the Telegram Bot API"), printed());
        assertFalse(printed().contains(FakeBotApi.TOKEN), printed());
    }

    private static String memoryDb() {
        return "jdbc:h2:mem:start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
