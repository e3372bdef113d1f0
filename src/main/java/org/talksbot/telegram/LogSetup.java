package org.talksbot.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The bot's logging, set up in code (found by logback as a {@link Configurator} service) instead of a
 * logback.xml: reading XML loads logback's configuration framework and the JDK's XML parser, about 400
 * classes that every start paid for in time and memory (the class-data archive held them all). Logs go
 * to stderr so that console mode's stdout carries only replies; every message and stack trace is
 * scrubbed of the bot token, whoever logs it. A {@code -Dlogback.configurationFile} still wins.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %smsg%n%sex";

    /** Libraries that are chatty at INFO; the pool's start and stop lines, a broken connection still shows. */
    static final Map<String, Level> QUIETER = Map.of("org.flywaydb", Level.WARN, "org.telegram", Level.WARN,
            "okhttp3", Level.WARN, "com.zaxxer.hikari", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("smsg", ScrubbedMessage::new);
        layout.getInstanceConverterMap().put("sex", ScrubbedThrowable::new);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(System.getenv("TALKSBOT_LOG_LEVEL")));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** TALKSBOT_LOG_LEVEL as logback reads a level (Config has refused any other value), INFO when unset. */
    static Level rootLevel(String value) {
        return value == null || value.isBlank() ? Level.INFO : Level.toLevel(value, Level.DEBUG);
    }
}
