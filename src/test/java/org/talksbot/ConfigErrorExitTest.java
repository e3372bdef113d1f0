package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad setting stops the real program at start-up with exit code 2 and one line that names the variable. */
class ConfigErrorExitTest {

    private static void assertRefused(TalksbotProcess talksbot, String variable) throws InterruptedException {
        int exit = talksbot.waitFor(60);
        List<String> lines = talksbot.err().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(2, exit, talksbot.err());
        assertEquals(1, lines.size(), talksbot.err());
        assertTrue(lines.get(0).startsWith("talksbot") && lines.get(0).contains(variable), lines.get(0));
        assertFalse(talksbot.err().contains("Exception") || talksbot.err().contains("\tat "), talksbot.err());
    }

    @Test
    void adminsThatAreNotUserIdsStopTheBotBeforeItStarts() throws InterruptedException {
        try (TalksbotProcess run = TalksbotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", "123:TEST",
                "TELEGRAM_API_URL", "http://127.0.0.1:1", "TALKSBOT_ADMINS", "1;2"), "run")) {
            assertRefused(run, "TALKSBOT_ADMINS");
        }
    }

    @Test
    void aDatabaseUrlH2RefusesStopsTheConsoleNamingTheVariable() throws InterruptedException {
        try (TalksbotProcess console = TalksbotProcess.start(Map.of(
                "TALKSBOT_DB_URL", "jdbc:h2:mem:refused;NO_SUCH_SETTING=1"), "console")) {
            console.closeInput();
            assertRefused(console, "TALKSBOT_DB_URL");
            assertTrue(console.err().contains("NO_SUCH_SETTING"), console.err());
        }
    }
}
