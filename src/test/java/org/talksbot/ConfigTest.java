package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talksbot.store.Database;

/** Settings from the environment: defaults, accepted forms, and every bad value refused by name. */
class ConfigTest {

    /** The refusal for one variable's value: one line, naming the variable. */
    private static String refusal(String variable, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.fromEnvironment(Map.of(variable, value)), variable + "=" + value);
        assertTrue(e.getMessage().startsWith(variable + " "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void everyVariableHasADefault() {
        Config config = Config.fromEnvironment(Map.of());
        assertEquals(30, config.maxMessagesPerSecond());
        assertEquals(Set.of(), config.admins());
        assertEquals(Database.DEFAULT_URL, config.dbUrl());
        assertEquals("https://api.telegram.org", config.apiUrl());
        assertTrue(config.token().isEmpty());
    }

    @Test
    void messagesPerSecondDefaultsToTelegramsThirtyAndCanBeLowered() {
        assertEquals(12, Config.fromEnvironment(Map.of("TALKSBOT_MAX_MESSAGES_PER_SECOND", " 12 ")).maxMessagesPerSecond());
        assertEquals(1, Config.fromEnvironment(Map.of("TALKSBOT_MAX_MESSAGES_PER_SECOND", "1")).maxMessagesPerSecond());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "0", "-1", "1.5", "+5", "1001", "99999999999", "3O"})
    void aRateThatIsNotAWholeNumberFromOneToAThousandIsRefusedByName(String rate) {
        String message = refusal("TALKSBOT_MAX_MESSAGES_PER_SECOND", rate);
        assertTrue(message.contains("from 1 to 1000") && message.contains("'" + rate + "'"), message);
    }

    @Test
    void adminsAreCommaSeparatedUserIds() {
        assertEquals(Set.of(1L, 22L, 9001L),
                Config.fromEnvironment(Map.of("TALKSBOT_ADMINS", " 1, 22 ,9001")).admins());
        assertEquals(Set.of(9223372036854775807L),
                Config.fromEnvironment(Map.of("TALKSBOT_ADMINS", "9223372036854775807")).admins());
        assertEquals(Set.of(), Config.fromEnvironment(Map.of("TALKSBOT_ADMINS", "  ")).admins());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc|abc", "1;2|1;2", "+1|+1", "-5|-5", "0|0", "1,,2|''", "1,|''", "12 34|12 34",
            "12345678901234567890|12345678901234567890", "9223372036854775808|9223372036854775808"})
    void adminsThatAreNotUserIdsStopStartUpNamingTheVariableAndTheEntry(String admins, String entry) {
        String message = refusal("TALKSBOT_ADMINS", admins);
        assertTrue(message.contains("'" + entry + "'") && message.contains("separated by commas"), message);
    }

    @Test
    void theDatabaseUrlMustBeAnH2Url() {
        assertEquals("jdbc:h2:mem:x", Config.fromEnvironment(Map.of("TALKSBOT_DB_URL", " jdbc:h2:mem:x ")).dbUrl());
        String message = refusal("TALKSBOT_DB_URL", "postgres://localhost/talksbot");
        assertTrue(message.contains("jdbc:h2:") && message.contains("postgres://localhost/talksbot"), message);
        refusal("TALKSBOT_DB_URL", "./data/talksbot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://x", "api.telegram.org", "https://example.org/telegram", "http://"})
    void anApiUrlThatIsNotABotApiServerIsRefusedByName(String url) {
        String message = refusal("TELEGRAM_API_URL", url);
        assertTrue(message.contains("http"), message);
    }

    @Test
    void aLocalBotApiServerIsAccepted() {
        assertEquals("http://127.0.0.1:8081",
                Config.fromEnvironment(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081")).apiUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOUD", "verbose", "2", "INFO,WARN"})
    void aLogLevelLogbackDoesNotKnowIsRefusedByNameInsteadOfBecomingDebug(String level) {
        String message = refusal("TALKSBOT_LOG_LEVEL", level);
        assertTrue(message.contains("TRACE, DEBUG, INFO, WARN, ERROR, OFF"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "debug", " Info ", "WARN", "error", "OFF"})
    void everyAcceptedLogLevelIsOneLogbackReadsAsThatLevel(String level) {
        Config.fromEnvironment(Map.of("TALKSBOT_LOG_LEVEL", level));
        Level read = Level.toLevel(level, null);
        assertEquals(level.strip().toUpperCase(), read == null ? null : read.levelStr);
    }
}
