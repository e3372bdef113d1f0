package org.talksbot;

import org.jdbi.v3.core.Jdbi;
import org.talksbot.notify.NotifyFeature;
import org.talksbot.telegram.TelegramBot;

/**
 * The started Telegram bot with its store and notifier; closing it stops the notifier, then polling,
 * and releases threads and connections.
 */
record RunningBot(Jdbi jdbi, TelegramBot telegram, NotifyFeature notifications) implements AutoCloseable {

    /** Blocks until {@link #close()} has run (e.g. from a shutdown hook). */
    void awaitShutdown() {
        telegram.awaitShutdown();
    }

    @Override
    public void close() {
        // the notifier first: it sends over the connection the bot closes
        try {
            notifications.close();
        } finally {
            telegram.close();
        }
    }
}
