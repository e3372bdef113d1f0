package org.talksbot.store;

import org.jdbi.v3.core.Handle;

/**
 * H2 keeps committed changes in memory and writes them to the file every half second, so a process
 * killed in between loses them. Whatever must survive a {@code kill -9} the moment it is committed
 * (an update Telegram will see confirmed, a "sent" mark) is followed by a checkpoint, which writes
 * everything committed so far (about a millisecond; one covers a whole batch).
 */
public final class Durability {

    private Durability() {
    }

    public static void checkpoint(Handle handle) {
        handle.execute("CHECKPOINT");
    }
}
