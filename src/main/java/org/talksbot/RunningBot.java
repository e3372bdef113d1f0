package org.talksbot;

import org.jdbi.v3.core.Jdbi;
import org.talksbot.telegram.TelegramBot;

/** The started Telegram bot with its store; closing it stops polling and releases threads and connections. */
record RunningBot(Jdbi jdbi, TelegramBot telegram) implements AutoCloseable {

    /** Blocks until {@link #close()} has run (e.g. from a shutdown hook). */
    void awaitShutdown() {
        telegram.awaitShutdown();
    }

    @Override
    public void close() {
        telegram.close();
    }
}
