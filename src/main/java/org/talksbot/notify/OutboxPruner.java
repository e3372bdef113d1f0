package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes outbox rows that are finished (sent, given up or failed, skipped) once they are older than
 * {@link #KEEP}, so the database does not grow with every message ever sent. A row that may still be
 * sent (PENDING, due or waiting for a retry) is never deleted. Nothing relies on a finished row to avoid
 * sending twice: an item is notified when an import adds it or changes it as a correction, and an import
 * that finds the item as stored reports neither. (Only a correction back to a version notified over a week
 * before, which the deleted row would have held back, is notified again: it is news to the reader.)
 * On the same schedule it has {@link DigestPruner} delete digests and their items two weeks after they were due.
 */
final class OutboxPruner {

    private static final Logger log = LoggerFactory.getLogger(OutboxPruner.class);

    /**
     * A week: long enough for an operator who looks at /stats once a week to still see what failed and read
     * why in outbox.last_error; a finished row holds no message text, so a week of them costs little.
     */
    static final Duration KEEP = Duration.ofDays(7);
    /** Rows deleted per statement (each its own short transaction), so a large backlog never holds a lock long. */
    static final int BATCH = 500;
    static final Duration EVERY = Duration.ofHours(1);
    static final List<String> FINISHED = List.of("SENT", "FAILED", "SKIPPED");

    private final Jdbi jdbi;
    private final TimeSource time;
    private final DigestPruner digests;
    private Instant lastRun;
    private boolean backlog;

    OutboxPruner(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
        this.digests = new DigestPruner(jdbi, time);
    }

    /**
     * Deletes at most one batch per finished state, if an hour has passed since the last run, or the last
     * run left more to delete (then a batch is taken each time, between deliveries); returns how many.
     * Called by the sender's worker only; a failure is logged and tried again at the next run.
     */
    int runIfDue() {
        Instant now = time.now();
        if (!backlog && lastRun != null && now.isBefore(lastRun.plus(EVERY)) && !now.isBefore(lastRun)) {
            return 0;
        }
        lastRun = now;
        try {
            return pruneBatch();
        } catch (RuntimeException e) {
            backlog = false;
            log.warn("could not delete finished outbox rows or digests; trying again in an hour: {}", e.toString());
            return 0;
        }
    }

    /**
     * Deletes up to {@link #BATCH} rows of each finished state older than {@link #KEEP}, then a batch of old
     * digests ({@link DigestPruner#pruneBatch}); returns how many rows in all.
     * No checkpoint: a delete that a kill loses is simply done again at the next run.
     */
    int pruneBatch() {
        Instant before = time.now().minus(KEEP);
        int deleted = 0;
        boolean more = false;
        for (String state : FINISHED) {
            int n = jdbi.withExtension(OutboxQueries.class, q -> q.deleteFinished(state, before, BATCH));
            deleted += n;
            more |= n == BATCH;
        }
        if (deleted > 0) {
            log.info("outbox: {} finished messages older than {} days deleted{}", deleted, KEEP.toDays(),
                    more ? ", more to go" : "");
        }
        DigestPruner.Pruned pruned = digests.pruneBatch();
        backlog = more || pruned.more();
        return deleted + pruned.items() + pruned.digests();
    }
}
