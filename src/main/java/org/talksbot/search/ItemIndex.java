package org.talksbot.search;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.store.StoreRevision;

/**
 * The search index that follows the store: each use checks the store revision and rebuilds when it
 * moved. A rebuild is atomic: until the new index is ready, other queries keep the old one.
 */
public final class ItemIndex {

    private static final Logger log = LoggerFactory.getLogger(ItemIndex.class);

    private final Jdbi jdbi;
    private final LongSupplier revision;
    private final ReentrantLock building = new ReentrantLock();
    private volatile IndexSnapshot current;

    /** An index over the store that rebuilds whenever an import moved the store revision. */
    public ItemIndex(Jdbi jdbi) {
        this(jdbi, () -> StoreRevision.current(jdbi));
    }

    ItemIndex(Jdbi jdbi, LongSupplier revision) {
        this.jdbi = jdbi;
        this.revision = revision;
    }

    /** Rebuilds now, whatever the revision says (after /reload, or when a change kept the row counts). */
    /** The store the index is built from. */
    Jdbi jdbi() {
        return jdbi;
    }

    public void refresh() {
        building.lock();
        try {
            build(revision.getAsLong());
        } finally {
            building.unlock();
        }
    }

    /** The up-to-date index; built on first use and whenever the store revision moved. */
    IndexSnapshot snapshot() {
        IndexSnapshot snapshot = current;
        long now = revision.getAsLong();
        if (snapshot != null && snapshot.revision() == now) {
            return snapshot;
        }
        if (snapshot == null) {
            building.lock();
        } else if (!building.tryLock()) {
            return snapshot;
        }
        try {
            if (current == null || current.revision() != now) {
                build(now);
            }
            return current;
        } finally {
            building.unlock();
        }
    }

    private void build(long revisionNow) {
        long started = System.nanoTime();
        IndexSnapshot built = jdbi.inTransaction(handle -> IndexBuilder.build(handle, revisionNow));
        current = built;
        log.info("search index: {} items in {} ms", built.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
