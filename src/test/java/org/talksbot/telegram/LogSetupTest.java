package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    private static final String TOKEN = "24680:SECRET-part-for-the-log-setup-test";

    @Test
    void theBotsLoggingIsTheOneLogbackFindsAtStart() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertTrue(running.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR") != null,
                "logback did not run LogSetup");
    }

    @Test
    void linesGoToStderrInThePatternWithTheTokenCutOutOfMessageAndStackTrace() {
        LogScrub.register(TOKEN);
        LoggerContext context = new LoggerContext();
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configured(context));
            context.getLogger("org.talksbot.notify.Notifier").warn("Telegram said: {}", "Not Found: /bot" + TOKEN
                    + "/sendMessage", new IllegalStateException("Bad Gateway for /bot" + TOKEN + "/getUpdates"));
        } finally {
            System.setErr(stderr);
        }
        String line = captured.toString(StandardCharsets.UTF_8);

        assertTrue(line.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  o\\.t\\.notify\\.Notifier - Telegram said: "
                + "Not Found: /bot<token>/sendMessage\\R.*"), line);
        assertTrue(line.contains("java.lang.IllegalStateException: Bad Gateway for /bot<token>/getUpdates"), line);
        assertFalse(line.contains("SECRET-part"), line);
    }

    @Test
    void chattyLibrariesLogOnlyWarningsAndTheRootLevelComesFromTheEnvironmentDefaultingToInfo() {
        LoggerContext context = new LoggerContext();
        configured(context);

        for (String library : new String[] {"org.flywaydb", "org.telegram", "okhttp3", "com.zaxxer.hikari"}) {
            assertEquals(Level.WARN, context.getLogger(library).getLevel(), library);
        }
        assertEquals(Level.INFO, LogSetup.rootLevel(null));
        assertEquals(Level.INFO, LogSetup.rootLevel(" "));
        assertEquals(Level.WARN, LogSetup.rootLevel("warn"));
        assertEquals(Level.OFF, LogSetup.rootLevel("OFF"));
    }

    private static Configurator.ExecutionStatus configured(LoggerContext context) {
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        return setup.configure(context);
    }
}
