package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender's background thread: it delivers what is due, plans due digests about once a second (then
 * delivers again), deletes finished outbox rows and old digests about once an hour ({@link OutboxPruner}),
 * then waits for a poke or a second.
 */
final class SenderWorker {

    private static final Logger log = LoggerFactory.getLogger(SenderWorker.class);
    private static final long IDLE_POLL_MILLIS = 1000;
    private static final Duration PLAN_EVERY = Duration.ofSeconds(1);

    private final Runnable deliverDue;
    private final OutboxPruner pruner;
    private final TimeSource time;
    private final Semaphore pokes = new Semaphore(0);
    private volatile Runnable planner = () -> { };
    private volatile boolean stopping;
    private Thread thread;

    /** {@code deliverDue} delivers everything due and returns; it must end soon once the sender closes. */
    SenderWorker(Runnable deliverDue, OutboxPruner pruner, TimeSource time) {
        this.deliverDue = deliverDue;
        this.pruner = pruner;
        this.time = time;
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::work, "talksbot-notifier");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void planning(Runnable planner) {
        this.planner = planner;
    }

    /** Looks again now rather than at the next poll. */
    void poke() {
        pokes.release();
    }

    /** Ends the loop: waits for the thread about 1.5 s, then interrupts it (it may be stuck in a query). */
    void stop() {
        stopping = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        pokes.release();
        if (running == null) {
            return;
        }
        try {
            running.join(1500);
            if (running.isAlive()) {
                running.interrupt();
                running.join(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        Instant plannedAt = null;
        while (!stopping) {
            try {
                pokes.drainPermits();
                // replies first; planning digests reads every digest chat, so it runs once a second, not per reply
                deliverDue.run();
                Instant now = time.now();
                if (plannedAt == null || !now.isBefore(plannedAt.plus(PLAN_EVERY)) || now.isBefore(plannedAt)) {
                    plannedAt = now;
                    planner.run();
                    deliverDue.run();
                }
                pruner.runIfDue();
                pokes.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("the sender's pass failed; retrying in a second: {}", e.toString());
                try {
                    Thread.sleep(IDLE_POLL_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
