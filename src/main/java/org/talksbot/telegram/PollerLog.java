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
 * The library's poller logs every failed getUpdates (a 502, a 409, a dropped connection: all expected
 * when Telegram or the network has a bad moment) as an ERROR with a fifty-line stack trace. This
 * filter replaces each with one line saying what failed and when polling tries again; while a bot is
 * stopping, the poller's complaints about its aborted request are dropped altogether.
 */
final class PollerLog extends TurboFilter {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger("org.talksbot.telegram.Polling");
    private static final AtomicInteger STOPPING = new AtomicInteger();
    private static final String POLLER = BotSession.class.getName();

    static {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(new PollerLog());
        }
    }

    private PollerLog() {
    }

    /** Installs the filter (once per process). */
    static void install() {
        // the static initialiser did it
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
        if (logger == null || !POLLER.equals(logger.getName()) || level == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        if (STOPPING.get() == 0) {
            // the library passes the exception as the last argument, which slf4j treats as the throwable
            Throwable error = t != null ? t : params != null && params.length > 0
                    && params[params.length - 1] instanceof Throwable last ? last : null;
            Object retryIn = params != null && params.length > 0 && format != null && format.contains("retrying")
                    ? params[0] : null;
            log.warn("polling failed: {}{}", error == null ? format : oneLine(error),
                    retryIn == null ? "" : "; retrying in " + retryIn + " ms");
        }
        return FilterReply.DENY;
    }

    private static String oneLine(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable e = error; e != null && out.length() < 500; e = e.getCause()) {
            if (e.getMessage() == null || out.toString().contains(e.getMessage())) {
                continue;
            }
            out.append(out.length() > 0 ? " <- " : "").append(e.getMessage());
        }
        return LogScrub.scrub(out.length() == 0 ? error.getClass().getSimpleName() : out.toString());
    }
}
