package org.talksbot.search;

import org.jdbi.v3.core.Jdbi;

/** Tells the index whether the store changed since it was built: a number that moves with every import. */
@FunctionalInterface
public interface StoreRevision {

    long current();

    /** Counts rows of the store; enough to notice added or removed items and names. */
    static StoreRevision fingerprint(Jdbi jdbi) {
        return () -> jdbi.withExtension(SearchReads.class, SearchReads::fingerprint);
    }
}
