package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes digests due more than {@link #KEEP} ago, and the items they held, so that a chat in digest mode does
 * not add a row a day (and one per item) for as long as the bot runs. Run by {@link OutboxPruner}, on its
 * schedule. Why this deletes nothing still needed and repeats nothing:
 * <ul>
 * <li>A digest row is what makes planning the same slot again a no-op. {@link DigestPlanner} only ever plans a
 * chat's latest slot at or before now, and only one after digest_since (set anew whenever the mode, minute or
 * zone changes); that slot is at most a week old (plus the hour, in one zone two, that winter time adds). A digest
 * due two weeks ago is never a chat's latest slot again, so its row is no longer what stops a second sending.</li>
 * <li>Items still being collected (digest_id NULL) are never deleted: they belong to no digest, so none is due.
 * Once planned, a digest's message(s) sit in the outbox as rendered text; a message held by quiet hours or
 * waiting for a retry is sent from there, without reading the digest or its items again.</li>
 * <li>A tied item is then read only as the mark that its (chat, item, revision) was digested. As with the outbox,
 * that mark is not what keeps an item out of a second digest: an import reports an item only when it adds it or
 * the curator marks a change as a correction (keyed by its content), and one that finds the item as stored
 * reports neither. Only a correction back to a version digested over two weeks before is digested again.</li>
 * <li>Items go first, and only digests no item points to any more are deleted: deleting a digest sets its items'
 * digest_id to NULL (ON DELETE SET NULL), which would put them into the next digest again. A kill between the
 * two statements leaves an emptied digest for the next run.</li>
 * </ul>
 */
final class DigestPruner {

    private static final Logger log = LoggerFactory.getLogger(DigestPruner.class);

    /**
     * Two weeks, not the outbox's one: a weekly digest's row must outlive its slot by a week and an hour or two (see
     * above), and a week more leaves room for clock corrections. A digest row is small, so two weeks cost little.
     */
    static final Duration KEEP = Duration.ofDays(14);
    static final int BATCH = OutboxPruner.BATCH;

    /** What one batch deleted; {@code more} when the batch was full, so that more may be left. */
    record Pruned(int items, int digests, boolean more) {
    }

    private final Jdbi jdbi;
    private final TimeSource time;

    DigestPruner(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
    }

    /**
     * Takes up to {@link #BATCH} of the oldest digests due before {@link #KEEP} ago and, one at a time, deletes
     * their items, then the digest; stops once {@link #BATCH} items are deleted. Each statement is its own short
     * transaction. No checkpoint: a delete that a kill loses is simply done again at the next run.
     */
    Pruned pruneBatch() {
        Instant before = time.now().minus(KEEP);
        Pruned pruned = jdbi.withHandle(handle -> {
            DigestQueries q = handle.attach(DigestQueries.class);
            List<Long> old = q.dueBefore(before, BATCH);
            int items = 0;
            int digests = 0;
            for (long digest : old) {
                int room = BATCH - items;
                int deleted = q.deleteItemsOf(digest, room);
                items += deleted;
                if (deleted == room) {
                    break;  // the batch is full; this digest may hold more items, so it stays for the next run
                }
                digests += q.deleteEmptied(digest);
            }
            return new Pruned(items, digests, items == BATCH || old.size() == BATCH);
        });
        if (pruned.items() + pruned.digests() > 0) {
            log.info("digests: {} digests and {} of their items older than {} days deleted{}", pruned.digests(),
                    pruned.items(), KEEP.toDays(), pruned.more() ? ", more to go" : "");
        }
        return pruned;
    }
}
