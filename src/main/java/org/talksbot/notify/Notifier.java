package org.talksbot.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Reply;

/**
 * Delivers the outbox. A row is marked SENT right after the gateway accepts it, so a crash repeats
 * at most the message in flight. A chat that must wait (its own or its group's limit, a 429) is
 * passed over until its turn, so one slow or failing chat never holds up the others.
 */
public final class Notifier implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int BATCH = 500;
    private static final long IDLE_POLL_MILLIS = 1000;
    private static final Duration PAUSE_SLICE = Duration.ofMillis(200);

    private final Jdbi jdbi;
    private final ChatGateway gateway;
    private final Throttle throttle;
    private final TimeSource time;
    private final DeliveryPolicy policy;
    private final NotificationRenderer renderer;
    private final Semaphore pokes = new Semaphore(0);
    private volatile boolean stopping;
    private volatile FanoutRate lastFanout;
    private Thread worker;

    public Notifier(Jdbi jdbi, ChatGateway gateway, Throttle throttle, ChatRegistry chats, TimeSource time) {
        this.jdbi = jdbi;
        this.gateway = gateway;
        this.throttle = throttle;
        this.time = time;
        this.policy = new DeliveryPolicy(jdbi, throttle, chats, time);
        this.renderer = new NotificationRenderer(jdbi);
    }

    /** Starts the background worker: it delivers what is due, then waits for a poke or a second. */
    public synchronized Notifier start() {
        if (worker == null) {
            worker = new Thread(this::work, "talksbot-notifier");
            worker.setDaemon(true);
            worker.start();
        }
        return this;
    }

    /** New rows were written (e.g. by /reload): look now rather than at the next poll. */
    public void poke() {
        pokes.release();
    }

    /** The last run of deliveries, for /stats. */
    public Optional<FanoutRate> lastFanout() {
        return Optional.ofNullable(lastFanout);
    }

    /** Delivers everything due, waiting out rate limits; returns how many messages were sent. */
    public int deliverDue() {
        return deliverDue(Integer.MAX_VALUE);
    }

    /** As {@link #deliverDue()}, but stops after {@code max} messages. */
    public int deliverDue(int max) {
        try (Handle handle = jdbi.open()) {
            return deliverDue(max, new Run(handle.attach(OutboxQueries.class)));
        }
    }

    private int deliverDue(int max, Run run) {
        try {
            while (!stopping && run.sent < max) {
                Pass pass = pass(run, max);
                if (pass.attempted == 0) {
                    if (pass.soonest == null) {
                        break;
                    }
                    pause(pass.soonest);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (run.sent > 1) {
            lastFanout = new FanoutRate(run.sent, Duration.ofNanos(time.nanos() - run.firstNanos), time.now());
        }
        return run.sent;
    }

    /** Stops the worker within two seconds; a message in flight may still complete. */
    @Override
    public void close() {
        stopping = true;
        Thread thread;
        synchronized (this) {
            thread = worker;
        }
        pokes.release();
        if (thread != null) {
            try {
                thread.join(1500);
                if (thread.isAlive()) {
                    // stuck in a send or a query: interrupting is the last resort
                    thread.interrupt();
                    thread.join(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One call of deliverDue: a connection held throughout, since a message costs two statements. */
    private static final class Run {
        final OutboxQueries outbox;
        int sent;
        long firstNanos;
        final Map<String, Optional<Reply>> rendered = new HashMap<>();

        Run(OutboxQueries outbox) {
            this.outbox = outbox;
        }
    }

    private static final class Pass {
        int attempted;
        Duration soonest;
        final Set<Long> passedOver = new HashSet<>();

        void waitFor(long chatId, Duration wait) {
            passedOver.add(chatId);
            soonest = soonest == null || wait.compareTo(soonest) < 0 ? wait : soonest;
        }
    }

    /** One scan over every due row, oldest first; a chat passed over keeps its later rows for later. */
    private Pass pass(Run run, int max) throws InterruptedException {
        Pass pass = new Pass();
        long after = 0;
        while (!stopping && run.sent < max) {
            List<OutboxRow> rows = run.outbox.due(time.now(), after, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            for (OutboxRow row : rows) {
                after = row.id();
                if (stopping || run.sent >= max) {
                    break;
                }
                if (pass.passedOver.contains(row.chatId())) {
                    continue;
                }
                Duration wait = acquire(row);
                if (!wait.isZero()) {
                    pass.waitFor(row.chatId(), wait);
                    continue;
                }
                pass.attempted++;
                if (run.sent == 0) {
                    run.firstNanos = time.nanos();
                }
                if (deliver(row, run)) {
                    run.sent++;
                } else {
                    pass.passedOver.add(row.chatId());
                }
            }
        }
        return pass;
    }

    /** Zero once a slot is taken (after waiting out the global limit); else how long this chat must wait. */
    private Duration acquire(OutboxRow row) throws InterruptedException {
        while (true) {
            Duration chatWait = throttle.chatWait(row.chatId(), row.groupChat());
            if (!chatWait.isZero()) {
                return chatWait;
            }
            Duration wait = throttle.tryAcquire(row.chatId(), row.groupChat());
            if (wait.isZero()) {
                return Duration.ZERO;
            }
            pause(wait);
        }
    }

    /** Sleeps in short slices so that {@link #close()} need not interrupt a thread that may be in the database. */
    private void pause(Duration wait) throws InterruptedException {
        Duration left = wait;
        while (!stopping && left.compareTo(Duration.ZERO) > 0) {
            Duration slice = left.compareTo(PAUSE_SLICE) < 0 ? left : PAUSE_SLICE;
            time.sleep(slice);
            left = left.minus(slice);
        }
    }

    private boolean deliver(OutboxRow row, Run run) {
        Optional<Reply> reply = run.rendered.computeIfAbsent(
                row.itemKind() + " " + row.itemId() + " " + row.correction(),
                key -> renderer.render(row.itemKind(), row.itemId(), row.correction()));
        if (reply.isEmpty()) {
            policy.skip(row, "the item is no longer in the store");
            return false;
        }
        try {
            gateway.send(row.chatId(), reply.get());
        } catch (DeliveryException e) {
            throttle.sent();
            policy.failed(row, e);
            return false;
        } catch (RuntimeException e) {
            throttle.sent();
            log.warn("gateway failed unexpectedly for outbox row {}", row.id(), e);
            policy.failed(row, new DeliveryException(DeliveryException.Kind.TRANSIENT, e.toString(), null));
            return false;
        }
        throttle.sent();
        run.outbox.markSent(row.id(), time.now());
        return true;
    }

    private void work() {
        while (!stopping) {
            try {
                pokes.drainPermits();
                deliverDue();
                pokes.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("notifier pass failed; retrying in a second", e);
                try {
                    Thread.sleep(IDLE_POLL_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
