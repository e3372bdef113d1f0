package org.talksbot.search;

import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index that follows the store: each use checks the store revision and rebuilds when it
 * moved. A rebuild is atomic: until the new index is ready, other queries keep the old one.
 */
public final class ItemIndex {

    private static final Logger log = LoggerFactory.getLogger(ItemIndex.class);

    private final Jdbi jdbi;
    private final StoreRevision revision;
    private final ReentrantLock building = new ReentrantLock();
    private volatile IndexSnapshot current;

    public ItemIndex(Jdbi jdbi, StoreRevision revision) {
        this.jdbi = jdbi;
        this.revision = revision;
    }

    /** An index that notices changes by counting the store's rows. */
    public static ItemIndex over(Jdbi jdbi) {
        return new ItemIndex(jdbi, StoreRevision.fingerprint(jdbi));
    }

    /** Rebuilds now, whatever the revision says (after /reload, or when a change kept the row counts). */
    public void refresh() {
        building.lock();
        try {
            build(revision.current());
        } finally {
            building.unlock();
        }
    }

    /** The up-to-date index; built on first use and whenever the store revision moved. */
    IndexSnapshot snapshot() {
        IndexSnapshot snapshot = current;
        long now = revision.current();
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
