package org.talksbot.store;

import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import at a time, across processes: an import locks the store's revision row (which it updates
 * anyway) before reading anything, and holds it until its transaction ends. A second import waits,
 * saying so, then finds the first one's items in place; two imports never interleave their upserts.
 */
public final class ImportLock {

    private static final Logger log = LoggerFactory.getLogger(ImportLock.class);
    private static final String LOCK = "SELECT revision FROM store_revision WHERE id = 1 FOR UPDATE";
    /** An import takes seconds; one that holds the lock this long is stuck. */
    private static final long GIVE_UP_AFTER_NANOS = 10L * 60 * 1_000_000_000;

    private ImportLock() {
    }

    /** Takes the lock in the handle's transaction, waiting for another import to finish first. */
    public static void acquire(Handle handle) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER_NANOS;
        boolean told = false;
        while (true) {
            try {
                handle.createQuery(LOCK).mapTo(Long.class).one();
                if (told) {
                    log.info("the other import has finished; importing now");
                }
                return;
            } catch (JdbiException e) {
                if (!isLockTimeout(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("another import has held the store for over 10 minutes; "
                            + "nothing was imported, try again when it has finished");
                }
                if (!told) {
                    log.info("another import is running; waiting for it to finish");
                    told = true;
                }
            }
        }
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sql.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1;
            }
        }
        return false;
    }
}
