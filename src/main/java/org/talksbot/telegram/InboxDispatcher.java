package org.talksbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.inbox.Handled;
import org.talksbot.inbox.Inbox;
import org.talksbot.inbox.InboxUpdate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to their chats' lanes and records each outcome: the update marked done and its replies
 * queued, in one transaction, then the sender woken. A new update comes straight from the consumer that
 * stored it ({@link Handoff}); a scan of the inbox, at start and then every second, picks up what a
 * previous run stored but did not finish, oldest first. An update whose handling failed (the database
 * was away) stays pending and is tried again on the next scan.
 */
final class InboxDispatcher implements Handoff, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int BATCH = 500;
    private static final long IDLE_MILLIS = 1000;
    private static final long TIDY_EVERY_NANOS = 3_600_000_000_000L;
    /** What the scan hands out was read from the inbox, so it is stored already. */
    private static final CompletableFuture<Void> ON_DISK = CompletableFuture.completedFuture(null);

    private final Inbox inbox;
    private final ChatLanes lanes;
    private final UpdateHandler handler;
    private final Runnable repliesQueued;
    private final Set<Long> handed = ConcurrentHashMap.newKeySet();
    private final Semaphore pokes = new Semaphore(0);
    private final Thread thread;
    private volatile boolean stopping;
    /** Set once the first scan has handed out what a previous run left pending. */
    private volatile boolean caughtUp;

    InboxDispatcher(Inbox inbox, ChatLanes lanes, UpdateHandler handler, Runnable repliesQueued) {
        this.inbox = inbox;
        this.lanes = lanes;
        this.handler = handler;
        this.repliesQueued = repliesQueued;
        this.thread = new Thread(this::work, "talksbot-inbox");
        this.thread.setDaemon(true);
    }

    InboxDispatcher start() {
        thread.start();
        return this;
    }

    @Override
    public void scanSoon() {
        pokes.release();
    }

    @Override
    public Set<Long> reserve(Collection<Long> updateIds) {
        if (!caughtUp) {
            // what a previous run left goes first, so that each chat's updates keep their order
            return Set.of();
        }
        Set<Long> reserved = new HashSet<>();
        for (Long id : updateIds) {
            if (handed.add(id)) {
                reserved.add(id);
            }
        }
        return reserved;
    }

    @Override
    public void release(Collection<Long> updateIds) {
        handed.removeAll(updateIds);
    }

    @Override
    public void handOut(InboxUpdate stored, Update update, CompletableFuture<Void> onDisk) {
        try {
            // just stored and reserved since before: nobody else can have handled it
            lanes.submit(stored.chatId(), () -> handle(stored, () -> update, false, onDisk));
        } catch (RuntimeException e) {
            handed.remove(stored.updateId());
            throw e;
        }
    }

    private void work() {
        try {
            log.info("inbox: {} handled updates forgotten, {} waiting from before", inbox.prune(),
                    inbox.countPending());
        } catch (RuntimeException e) {
            log.warn("inbox: could not tidy up: {}", e.toString());
        }
        long tidied = System.nanoTime();
        while (!stopping) {
            try {
                if (System.nanoTime() - tidied > TIDY_EVERY_NANOS) {
                    tidied = System.nanoTime();
                    inbox.prune();
                }
                pokes.drainPermits();
                dispatchPending();
                caughtUp = true;
                pokes.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("inbox: could not read pending updates; retrying in a second: {}", e.toString());
                try {
                    Thread.sleep(IDLE_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void dispatchPending() {
        for (InboxUpdate update : inbox.pending(BATCH)) {
            if (stopping) {
                return;
            }
            if (handed.add(update.updateId())) {
                lanes.submit(update.chatId(), () -> handle(update, () -> read(update), true, ON_DISK));
            }
        }
    }

    private static Update read(InboxUpdate stored) {
        try {
            return JSON.readValue(stored.payload(), Update.class);
        } catch (JsonProcessingException e) {
            throw new Unreadable(e);
        }
    }

    /**
     * Answers the update unless it was handled meanwhile ({@code checkPending}: a scan may see an update
     * a lane has just finished), then marks it done with its replies, committed once {@code onDisk} says it
     * is stored for good (the replies are written while it waits).
     */
    private void handle(InboxUpdate stored, Supplier<Update> update, boolean checkPending,
                        CompletableFuture<Void> onDisk) {
        try {
            if (stopping || (checkPending && !inbox.isPending(stored.updateId()))) {
                return;
            }
            Handled handled = handler.handle(update.get());
            if (Thread.currentThread().isInterrupted()) {
                // cut short by a stop: the answer may be wrong, so the update waits for the next start
                return;
            }
            if (inbox.complete(stored.updateId(), handled, onDisk) > 0) {
                repliesQueued.run();
            }
        } catch (Unreadable e) {
            log.error("update {} cannot be read back; it is dropped: {}", stored.updateId(),
                    e.getCause().getOriginalMessage());
            inbox.complete(stored.updateId(), Handled.NOTHING);
        } catch (CompletionException e) {
            log.error("update {} could not be put on disk; it is tried again shortly: {}", stored.updateId(),
                    e.getCause().toString());
        } catch (RuntimeException e) {
            log.error("handling update {} failed; it is tried again shortly: {}", stored.updateId(), e.toString());
        } finally {
            handed.remove(stored.updateId());
        }
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable(JsonProcessingException cause) {
            super(cause);
        }

        @Override
        public synchronized JsonProcessingException getCause() {
            return (JsonProcessingException) super.getCause();
        }
    }

    /** Stops handing out updates; those not finished stay pending for the next start. */
    @Override
    public void close() {
        stopping = true;
        pokes.release();
        try {
            thread.join(1000);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
