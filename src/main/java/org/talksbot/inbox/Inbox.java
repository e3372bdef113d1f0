package org.talksbot.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.notify.ReplyQueue;
import org.talksbot.notify.TimeSource;
import org.talksbot.store.Durability;

/**
 * The durable inbox: every update is stored (and checkpointed) before Telegram may consider it
 * delivered, and handled exactly once across restarts: handling marks it done in the transaction that
 * queues its replies in the outbox, and storing an id already there does nothing.
 */
public final class Inbox {

    /**
     * How long a handled update's id is kept to recognise a re-delivery. Telegram keeps an update for
     * at most 24 hours, and may restart ids after a week of silence, so ids are forgotten in between.
     */
    static final Duration REMEMBER = Duration.ofDays(2);

    /** The inbox's payload holds this many characters (migration V13_1); Telegram's updates are far shorter. */
    public static final int MAX_PAYLOAD = 1_000_000;

    private final Jdbi jdbi;
    private final TimeSource time;

    public Inbox(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
    }

    /** Stores a batch in one transaction and one checkpoint; returns how many were new. */
    public int store(List<InboxUpdate> updates) {
        int added = add(updates).size();
        checkpoint();
        return added;
    }

    /**
     * Stores a batch in one transaction, without the checkpoint: the caller may start handling the new
     * updates at once but must {@link #checkpoint()} before Telegram may see them confirmed, and before
     * marking any of them done. Returns the updates that were new (an id already stored is left as it is).
     */
    public List<InboxUpdate> add(List<InboxUpdate> updates) {
        return add(updates, Long.MAX_VALUE);
    }

    /**
     * As {@link #add(List)}, for a caller that knows the inbox holds no id above {@code newestStored}: those
     * are inserted without looking for them first (should one be there after all, the transaction fails
     * and nothing of the batch is stored).
     */
    public List<InboxUpdate> add(List<InboxUpdate> updates, long newestStored) {
        if (updates.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(tx -> {
            List<InboxUpdate> added = new ArrayList<>();
            for (InboxUpdate update : updates) {
                String sql = update.updateId() > newestStored ? InboxQueries.INSERT : InboxQueries.STORE;
                if (tx.createUpdate(sql).bind("id", update.updateId()).bind("chat", update.chatId())
                        .bind("payload", update.payload()).bind("now", time.now()).execute() > 0) {
                    added.add(update);
                }
            }
            return added;
        });
    }

    /** Puts everything committed so far on disk, so that a kill -9 keeps it. */
    public void checkpoint() {
        jdbi.useHandle(Durability::checkpoint);
    }

    /** The highest update id the inbox holds, handled or not; empty when it holds none. */
    public Optional<Long> newestId() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(update_id) FROM inbox").mapTo(Long.class)
                .findOne());
    }

    /** Updates not handled yet, oldest first. */
    public List<InboxUpdate> pending(int limit) {
        return jdbi.withExtension(InboxQueries.class, q -> q.pending(limit));
    }

    /** False once handled (another lane, or a previous run, got there first). */
    public boolean isPending(long updateId) {
        return jdbi.withExtension(InboxQueries.class, q -> q.isPending(updateId)) > 0;
    }

    public int countPending() {
        return jdbi.withExtension(InboxQueries.class, InboxQueries::countPending);
    }

    /**
     * Marks the update handled and queues its replies, in one transaction; returns how many messages
     * were queued (none if it had been handled already).
     */
    public int complete(long updateId, Handled handled) {
        return complete(updateId, handled, CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #complete(long, Handled)} for an update that may not be stored or on disk yet: the replies
     * are written while {@code onDisk} is awaited (it completes once the update is stored and on disk), and
     * the update is marked done and everything committed only after that, so nothing is sent for an
     * update a crash could still lose. Throws CompletionException, committing nothing, if {@code onDisk} fails.
     */
    public int complete(long updateId, Handled handled, CompletableFuture<Void> onDisk) {
        try {
            return jdbi.inTransaction(handle -> {
                int queued = 0;
                for (var reply : handled.replies()) {
                    queued += ReplyQueue.queue(handle, handled.chatId(), handled.group(), reply, updateId, time.now());
                }
                onDisk.join();
                if (handle.createUpdate(InboxQueries.MARK_DONE).bind("id", updateId).bind("now", time.now())
                        .execute() == 0) {
                    throw new AlreadyHandled();
                }
                return queued;
            });
        } catch (AlreadyHandled e) {
            return 0;
        }
    }

    /** Rolls back the replies written for an update that turned out to be handled already. */
    private static final class AlreadyHandled extends RuntimeException {
        AlreadyHandled() {
            super(null, null, false, false);
        }
    }

    /** Forgets handled updates older than {@link #REMEMBER}. */
    public int prune() {
        return jdbi.withExtension(InboxQueries.class, q -> q.deleteDoneBefore(time.now().minus(REMEMBER)));
    }
}
