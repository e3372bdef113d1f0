package org.talksbot;

import org.jdbi.v3.core.Jdbi;
import org.talksbot.notify.NotifyFeature;
import org.talksbot.telegram.TelegramBot;

/**
 * The started Telegram bot with its store and sender; closing it stops polling, lets the sender finish
 * the messages in flight, and releases threads and connections. Whatever is not done stays in the
 * database (inbox and outbox) for the next start.
 */
record RunningBot(Jdbi jdbi, TelegramBot telegram, NotifyFeature notifications) implements AutoCloseable {

    /** Blocks until {@link #close()} has run (e.g. from a shutdown hook). */
    void awaitShutdown() {
        telegram.awaitShutdown();
    }

    @Override
    public void close() {
        try {
            telegram.stopPolling();
            // the sender before the connection it sends over
            notifications.close();
        } finally {
            telegram.close();
        }
    }
}
