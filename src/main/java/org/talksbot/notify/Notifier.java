package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Reply;

/**
 * The one sender of everything the bot says: it delivers the outbox, replies to users first, then
 * notifications, each chat's messages in order, all under one {@link Throttle} and one
 * {@link DeliveryPolicy}. A row is marked SENT right after the gateway accepts it, and the mark is on
 * disk a moment later ({@link SentMarks}), so a crash repeats at most the messages in flight. A chat that must wait (its own or its group's
 * limit, a 429, a back-off) is passed over until its turn, so one slow or failing chat never holds up
 * the others; a few messages (never two to one chat) are on their way at once, so network latency
 * does not cap the rate.
 */
public final class Notifier implements AutoCloseable {

    private static final int BATCH = 500;
    private static final Comparator<OutboxRow> IN_TURN = Comparator.comparingInt(OutboxRow::priority)
            .thenComparingLong(OutboxRow::asked).thenComparingLong(OutboxRow::id);
    private static final Duration PAUSE_SLICE = Duration.ofMillis(200);

    private final Jdbi jdbi;
    private final Throttle throttle;
    private final TimeSource time;
    private final DeliveryPolicy policy;
    private final OutboxMessages messages;
    private final MessageSending sending;
    private final SenderPool pool;
    private final SentMarks sentMarks;
    private final SenderWorker worker;
    /** Set by {@link #poke()}: a reply may be waiting, so the pass stops taking notifications and looks again. */
    private final AtomicBoolean poked = new AtomicBoolean();
    /** Notified by {@link #poke()} and {@link #close()}, to end a pause early. */
    private final Object wakeup = new Object();
    private volatile boolean stopping;
    private volatile FanoutRate lastFanout;

    public Notifier(Jdbi jdbi, ChatGateway gateway, Throttle throttle, ChatRegistry chats, TimeSource time) {
        this(jdbi, gateway, throttle, chats, time, 1);
    }

    /** Up to {@code senders} messages in flight at once (one per chat). */
    public Notifier(Jdbi jdbi, ChatGateway gateway, Throttle throttle, ChatRegistry chats, TimeSource time,
                    int senders) {
        this.pool = new SenderPool(senders);
        this.sentMarks = new SentMarks(jdbi);
        this.worker = new SenderWorker(() -> deliverDue(Integer.MAX_VALUE, false), new OutboxPruner(jdbi, time), time);
        this.jdbi = jdbi;
        this.throttle = throttle;
        this.time = time;
        this.policy = new DeliveryPolicy(jdbi, throttle, chats, time);
        this.messages = new OutboxMessages(new NotificationRenderer(jdbi), policy);
        this.sending = new MessageSending(jdbi, gateway, throttle, policy, sentMarks, time);
    }

    /** Starts the background worker ({@link SenderWorker}): it delivers what is due, then waits for a poke or a second. */
    public Notifier start() {
        worker.start();
        return this;
    }

    /** Runs about once a second on the background worker, between deliveries: plans due digests. */
    public Notifier planning(Runnable planner) {
        worker.planning(planner);
        return this;
    }

    /** New rows were written (a reply, /reload): look now rather than at the next poll. */
    public void poke() {
        poked.set(true);
        worker.poke();
        wakeUp();
    }

    private void wakeUp() {
        synchronized (wakeup) {
            wakeup.notifyAll();
        }
        pool.wake();
    }

    private boolean pauseEnds() {
        return stopping || poked.get();
    }

    /** The last run of deliveries, for /stats. */
    public Optional<FanoutRate> lastFanout() {
        return Optional.ofNullable(lastFanout);
    }

    /** Delivers everything due, waiting out rate limits; returns how many messages were sent. */
    public int deliverDue() {
        return deliverDue(Integer.MAX_VALUE);
    }

    /** As {@link #deliverDue()}, but stops after {@code max} messages; returns once their "sent" marks are on disk. */
    public int deliverDue(int max) {
        return deliverDue(max, true);
    }

    /**
     * {@code awaitMarks}: return only once the "sent" marks are on disk. The background worker does not
     * wait for them (each mark's checkpoint is already queued): a reply queued meanwhile would wait too.
     */
    private int deliverDue(int max, boolean awaitMarks) {
        DeliveryRun run = new DeliveryRun();
        try {
            while (!stopping && below(run, max)) {
                DeliveryPass pass = pass(run, max);
                if (pass.attempted == 0 && !pass.restart) {
                    if (!pool.idle() || pass.sawInFlight) {
                        pool.awaitOne(PAUSE_SLICE.toMillis(), this::pauseEnds);
                        continue;
                    }
                    if (pass.soonest == null) {
                        break;
                    }
                    pause(pass.soonest);
                }
            }
            pool.awaitIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int sent = run.sent.get();
        if (sent > 0 && awaitMarks) {
            sentMarks.awaitWritten();
        }
        if (sent > 1) {
            lastFanout = new FanoutRate(sent, Duration.ofNanos(time.nanos() - run.firstNanos), time.now());
        }
        return sent;
    }

    private boolean below(DeliveryRun run, int max) {
        return run.sent.get() + pool.inFlight() < max;
    }

    /**
     * Stops taking new messages and lets those in flight finish for up to about two seconds; whatever
     * is not sent stays in the outbox for the next start.
     */
    @Override
    public void close() {
        stopping = true;
        wakeUp();
        worker.stop();
        pool.close();
        sentMarks.close();
    }

    /**
     * The rows in the order they go: replies first, in the order their users asked (four answer lanes
     * queue them in the order their answers were ready), then the rest as read.
     */
    private static List<OutboxRow> inTurn(List<OutboxRow> rows) {
        List<OutboxRow> ordered = new ArrayList<>(rows);
        ordered.sort(IN_TURN);
        return ordered;
    }

    /** One scan over the first due message of every chat, replies first; a chat that must wait is passed over. */
    private DeliveryPass pass(DeliveryRun run, int max) throws InterruptedException {
        DeliveryPass pass = new DeliveryPass();
        poked.set(false);
        int afterPriority = -1;
        long after = 0;
        try (Handle handle = jdbi.open()) {
            while (!stopping && below(run, max)) {
                List<OutboxRow> rows = handle.createQuery(OutboxQueries.DUE).bind("now", time.now())
                        .bind("afterPriority", afterPriority).bind("after", after).bind("limit", BATCH)
                        .map(OutboxRow.MAPPER).list();
                if (rows.isEmpty()) {
                    break;
                }
                // the next read goes on after this one, whatever order its rows go in
                afterPriority = rows.get(rows.size() - 1).priority();
                after = rows.get(rows.size() - 1).id();
                for (OutboxRow row : inTurn(rows)) {
                    if (stopping || !below(run, max)) {
                        break;
                    }
                    if (run.handed.contains(row.id()) || pool.busy(row.chatId())) {
                        // on its way: its chat's next message comes once it is done
                        pass.sawInFlight |= pool.busy(row.chatId());
                        continue;
                    }
                    if (!row.isReply() && poked.get()) {
                        // a reply was queued meanwhile: it goes before the rest of the notifications
                        pass.restart = true;
                        return pass;
                    }
                    Optional<Instant> held = row.heldUntil(time.now());
                    if (held.isPresent()) {
                        policy.holdUntil(row, held.get());
                        continue;
                    }
                    boolean silent = row.silentAt(time.now());
                    Optional<Reply> reply = messages.of(row, run.rendered);
                    if (reply.isEmpty()) {
                        continue;
                    }
                    pool.reserve();
                    Duration wait = acquire(row);
                    if (!wait.isZero()) {
                        pool.release();
                        pass.waitFor(row.chatId(), wait);
                        continue;
                    }
                    pass.attempted++;
                    if (run.firstNanos == 0) {
                        run.firstNanos = time.nanos();
                    }
                    run.handed.add(row.id());
                    pool.submit(row.chatId(), () -> sending.send(row, reply.get(), silent, run.sent));
                }
            }
        }
        return pass;
    }

    /**
     * Zero once a slot is taken (after waiting out the global limit); else how long this chat must wait.
     * A reply takes a reply slot: it goes ahead of notifications and need not keep a chat's notification
     * spacing (an answer may come in several parts at once).
     */
    private Duration acquire(OutboxRow row) throws InterruptedException {
        if (row.isReply()) {
            throttle.awaitReplySlot(row.chatId());
            return Duration.ZERO;
        }
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
            if (poked.get()) {
                return PAUSE_SLICE;
            }
        }
    }

    /**
     * Sleeps, ending early when a reply is queued ({@link #poke()}) or the notifier closes, so neither
     * waits for the end of the pause and {@link #close()} need not interrupt a thread that may be in the database.
     */
    private void pause(Duration wait) throws InterruptedException {
        Duration left = wait;
        while (!pauseEnds() && left.compareTo(Duration.ZERO) > 0) {
            Duration slice = left.compareTo(PAUSE_SLICE) < 0 ? left : PAUSE_SLICE;
            time.sleep(slice, this::pauseEnds, wakeup);
            left = left.minus(slice);
        }
    }
}
