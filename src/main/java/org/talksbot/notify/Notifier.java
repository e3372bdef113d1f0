package org.talksbot.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * passed over until its turn, so one slow or failing chat never holds up the others. With more than
 * one sender, several messages (never two to one chat) are on their way at once, so network latency
 * does not cap the rate; the throttle still counts each one until it has left.
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
    private final SenderPool pool;
    private final Semaphore pokes = new Semaphore(0);
    private volatile boolean stopping;
    private volatile FanoutRate lastFanout;
    private Thread worker;

    public Notifier(Jdbi jdbi, ChatGateway gateway, Throttle throttle, ChatRegistry chats, TimeSource time) {
        this(jdbi, gateway, throttle, chats, time, 1);
    }

    /** With {@code senders} > 1, that many messages may be in flight at once (one per chat). */
    public Notifier(Jdbi jdbi, ChatGateway gateway, Throttle throttle, ChatRegistry chats, TimeSource time,
                    int senders) {
        this.pool = senders > 1 ? new SenderPool(senders) : null;
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
            return deliverDue(max, new DeliveryRun(handle.attach(OutboxQueries.class)));
        }
    }

    private int deliverDue(int max, DeliveryRun run) {
        try {
            while (!stopping && below(run, max)) {
                DeliveryPass pass = pass(run, max);
                if (pass.attempted == 0) {
                    if (pool != null && !pool.idle()) {
                        pool.awaitOne(PAUSE_SLICE.toMillis());
                        continue;
                    }
                    if (pass.soonest == null) {
                        break;
                    }
                    pause(pass.soonest);
                }
            }
            if (pool != null) {
                pool.awaitIdle();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int sent = run.sent.get();
        if (sent > 1) {
            lastFanout = new FanoutRate(sent, Duration.ofNanos(time.nanos() - run.firstNanos), time.now());
        }
        return sent;
    }

    private boolean below(DeliveryRun run, int max) {
        return run.sent.get() + (pool == null ? 0 : pool.inFlight()) < max;
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
        if (pool != null) {
            pool.close();
        }
    }

    /** One scan over every due row, oldest first; a chat passed over keeps its later rows for later. */
    private DeliveryPass pass(DeliveryRun run, int max) throws InterruptedException {
        DeliveryPass pass = new DeliveryPass();
        long after = 0;
        while (!stopping && below(run, max)) {
            List<OutboxRow> rows = run.outbox.due(time.now(), after, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            for (OutboxRow row : rows) {
                after = row.id();
                if (stopping || !below(run, max)) {
                    break;
                }
                long chatId = row.chatId();
                if (pass.passedOver.contains(chatId) || run.handed.contains(row.id())
                        || run.failedChats.contains(chatId)) {
                    continue;
                }
                if (pool != null && pool.busy(chatId)) {
                    pass.passedOver.add(chatId);
                    continue;
                }
                Optional<Reply> reply = render(row, run);
                if (reply.isEmpty()) {
                    continue;
                }
                if (pool != null) {
                    pool.reserve();
                }
                Duration wait = acquire(row);
                if (!wait.isZero()) {
                    if (pool != null) {
                        pool.release();
                    }
                    pass.waitFor(chatId, wait);
                    continue;
                }
                pass.attempted++;
                if (run.firstNanos == 0) {
                    run.firstNanos = time.nanos();
                }
                if (pool == null) {
                    if (!send(row, reply.get(), run.outbox, run)) {
                        pass.passedOver.add(chatId);
                    }
                } else {
                    run.handed.add(row.id());
                    pass.passedOver.add(chatId);
                    pool.submit(chatId, () -> jdbi.useExtension(OutboxQueries.class, q -> {
                        if (!send(row, reply.get(), q, run)) {
                            run.failedChats.add(chatId);
                        }
                    }));
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

    /** The message for the row, or empty (and the row skipped) if its item is gone. */
    private Optional<Reply> render(OutboxRow row, DeliveryRun run) {
        Optional<Reply> reply = run.rendered.computeIfAbsent(
                row.itemKind() + " " + row.itemId() + " " + row.correction(),
                key -> renderer.render(row.itemKind(), row.itemId(), row.correction()));
        if (reply.isEmpty()) {
            policy.skip(row, "the item is no longer in the store");
        }
        return reply;
    }

    /** Sends on a slot already taken; safe on any sender thread ({@code outbox} is that thread's own). */
    private boolean send(OutboxRow row, Reply reply, OutboxQueries outbox, DeliveryRun run) {
        try {
            gateway.send(row.chatId(), reply);
        } catch (DeliveryException e) {
            throttle.sent(row.chatId());
            policy.failed(row, e);
            return false;
        } catch (RuntimeException e) {
            throttle.sent(row.chatId());
            log.warn("gateway failed unexpectedly for outbox row {}", row.id(), e);
            policy.failed(row, new DeliveryException(DeliveryException.Kind.TRANSIENT, e.toString(), null));
            return false;
        }
        throttle.sent(row.chatId());
        outbox.markSent(row.id(), time.now());
        run.sent.incrementAndGet();
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
