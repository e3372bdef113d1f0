package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings from the environment: the notification rate. */
class ConfigTest {

    @Test
    void messagesPerSecondDefaultsToTelegramsThirtyAndCanBeLowered() {
        assertEquals(30, Config.fromEnvironment(Map.of()).maxMessagesPerSecond());
        assertEquals(12, Config.fromEnvironment(Map.of("TALKSBOT_MAX_MESSAGES_PER_SECOND", " 12 ")).maxMessagesPerSecond());
    }

    @Test
    void aRateThatIsNotAPositiveWholeNumberIsNamedAsTheProblem() {
        IllegalArgumentException junk = assertThrows(IllegalArgumentException.class,
                () -> Config.fromEnvironment(Map.of("TALKSBOT_MAX_MESSAGES_PER_SECOND", "fast")));
        assertTrue(junk.getMessage().contains("TALKSBOT_MAX_MESSAGES_PER_SECOND") && junk.getMessage().contains("fast"));
        assertThrows(IllegalArgumentException.class,
                () -> Config.fromEnvironment(Map.of("TALKSBOT_MAX_MESSAGES_PER_SECOND", "0")));
    }
}
