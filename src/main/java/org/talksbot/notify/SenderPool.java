package org.talksbot.notify;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A few threads sending notifications at once, so network latency does not cap the rate: at most
 * {@code size} messages in flight, and at most one per chat, which keeps each chat's messages in order.
 */
final class SenderPool implements AutoCloseable {

    private final int size;
    private final ExecutorService threads;
    private final Semaphore free;
    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();
    private final Object done = new Object();

    SenderPool(int size) {
        this.size = size;
        this.free = new Semaphore(size);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "talksbot-notify-sender");
                    thread.setDaemon(true);
                    return thread;
                });
        // idle senders go away, so a sender that is never closed leaves no threads behind
        pool.allowCoreThreadTimeOut(true);
        this.threads = pool;
    }

    /** Whether a message to this chat is on its way. */
    boolean busy(long chatId) {
        return busyChats.contains(chatId);
    }

    int inFlight() {
        return size - free.availablePermits();
    }

    boolean idle() {
        return free.availablePermits() == size;
    }

    /** Blocks until a sender is free; call before taking a throttle slot, so no slot waits for a thread. */
    void reserve() throws InterruptedException {
        free.acquire();
    }

    /** Gives back a reservation that was not used. */
    void release() {
        free.release();
    }

    /** Runs {@code send} on a reserved sender. */
    void submit(long chatId, Runnable send) {
        busyChats.add(chatId);
        threads.execute(() -> {
            try {
                send.run();
            } finally {
                busyChats.remove(chatId);
                free.release();
                synchronized (done) {
                    done.notifyAll();
                }
            }
        });
    }

    /** Waits (up to {@code millis}) for one message in flight to finish, or until {@code wake} holds. */
    void awaitOne(long millis, BooleanSupplier wake) throws InterruptedException {
        synchronized (done) {
            if (!idle() && !wake.getAsBoolean()) {
                done.wait(millis);
            }
        }
    }

    /** Ends an {@link #awaitOne} early, for the caller to look at its {@code wake} again. */
    void wake() {
        synchronized (done) {
            done.notifyAll();
        }
    }

    /** Waits until nothing is in flight. */
    void awaitIdle() throws InterruptedException {
        while (!idle()) {
            awaitOne(50, () -> false);
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
