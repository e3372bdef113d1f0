package org.talksbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.inbox.Handled;
import org.talksbot.inbox.Inbox;
import org.talksbot.inbox.InboxUpdate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands the inbox's pending updates to their chats' lanes, oldest first, and records each outcome:
 * the update marked done and its replies queued, in one transaction, then the sender woken. At start
 * it picks up what a previous run stored but did not finish. An update whose handling failed (the
 * database was away) stays pending and is tried again on the next scan.
 */
final class InboxDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int BATCH = 500;
    private static final long IDLE_MILLIS = 1000;
    private static final long TIDY_EVERY_NANOS = 3_600_000_000_000L;

    private final Inbox inbox;
    private final ChatLanes lanes;
    private final UpdateHandler handler;
    private final Runnable repliesQueued;
    private final Set<Long> handed = ConcurrentHashMap.newKeySet();
    private final Semaphore pokes = new Semaphore(0);
    private final Thread thread;
    private volatile boolean stopping;

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

    /** New updates were stored: look now. */
    void poke() {
        pokes.release();
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
                lanes.submit(update.chatId(), () -> handle(update));
            }
        }
    }

    private void handle(InboxUpdate stored) {
        try {
            if (stopping || !inbox.isPending(stored.updateId())) {
                return;
            }
            Handled handled = handler.handle(JSON.readValue(stored.payload(), Update.class));
            if (Thread.currentThread().isInterrupted()) {
                // cut short by a stop: the answer may be wrong, so the update waits for the next start
                return;
            }
            if (inbox.complete(stored.updateId(), handled) > 0) {
                repliesQueued.run();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            log.error("update {} cannot be read back; it is dropped: {}", stored.updateId(), e.getOriginalMessage());
            inbox.complete(stored.updateId(), Handled.NOTHING);
        } catch (RuntimeException e) {
            log.error("handling update {} failed; it is tried again shortly: {}", stored.updateId(), e.toString());
        } finally {
            handed.remove(stored.updateId());
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
