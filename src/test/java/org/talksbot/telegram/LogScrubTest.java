package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class LogScrubTest {

    private static final String TOKEN = "987654:SECRET-part-for-the-scrub-test";

    @Test
    void aTokenInALogMessageItsArgumentsOrItsStackTraceIsCutOut() {
        LogScrub.register(TOKEN);
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("test"), Level.WARN,
                "Telegram said: {}", new IllegalStateException("Bad Gateway for /bot" + TOKEN + "/getUpdates"),
                new Object[] {"Not Found: /bot" + TOKEN + "/sendMessage"});
        ScrubbedMessage message = new ScrubbedMessage();
        ScrubbedThrowable trace = new ScrubbedThrowable();
        trace.setContext(context);
        message.start();
        trace.start();

        String line = message.convert(event) + "\n" + trace.convert(event);

        assertTrue(line.contains("Not Found: /bot<token>/sendMessage"), line);
        assertTrue(line.contains("Bad Gateway for /bot<token>/getUpdates"), line);
        assertFalse(line.contains("SECRET-part"), line);
    }
}
