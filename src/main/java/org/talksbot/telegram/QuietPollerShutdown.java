package org.talksbot.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.telegram.telegrambots.longpolling.BotSession;

/**
 * Aborting the long poll on shutdown makes the library log an ERROR with a stack trace
 * ("Error received from Telegram GetUpdates Request"); while a bot is stopping, those lines
 * are expected and dropped, so a clean stop looks clean.
 */
final class QuietPollerShutdown extends TurboFilter {

    private static final AtomicInteger STOPPING = new AtomicInteger();
    private static final String POLLER = BotSession.class.getName();

    static {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(new QuietPollerShutdown());
        }
    }

    private QuietPollerShutdown() {
    }

    /** Runs {@code stop} with the poller's complaints about it silenced. */
    static void during(Runnable stop) {
        STOPPING.incrementAndGet();
        try {
            stop.run();
        } finally {
            STOPPING.decrementAndGet();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return STOPPING.get() > 0 && logger != null && POLLER.equals(logger.getName()) ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
