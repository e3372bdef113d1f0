package org.talksbot.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The store's revision: a number every import that changes data increments, for pollers to compare. */
public final class StoreRevision {

    private static final String CURRENT = "SELECT revision FROM store_revision WHERE id = 1";

    private StoreRevision() {
    }

    public static long current(Jdbi jdbi) {
        return jdbi.withHandle(StoreRevision::current);
    }

    public static long current(Handle handle) {
        return handle.createQuery(CURRENT).mapTo(Long.class).one();
    }
}
