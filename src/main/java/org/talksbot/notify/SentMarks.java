package org.talksbot.notify;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.store.Durability;

/**
 * Puts "sent" marks on disk in batches: a checkpoint (about a millisecond) starts as soon as a mark is
 * committed and covers every mark committed before it began, so senders never wait for the disk, and
 * a kill can lose only the marks of the last millisecond or so, besides the messages in flight.
 */
final class SentMarks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentMarks.class);

    private final Jdbi jdbi;
    private final ThreadPoolExecutor writer;
    private final AtomicBoolean queued = new AtomicBoolean();

    SentMarks(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.writer = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "talksbot-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        // idle, the thread goes away, so an unclosed sender leaves none behind
        writer.allowCoreThreadTimeOut(true);
    }

    /** A mark was committed: have it written soon. */
    void marked() {
        if (!queued.getAndSet(true)) {
            writer.execute(this::write);
        }
    }

    /** Returns once every mark committed so far is on disk (or after a second). */
    void awaitWritten() {
        try {
            writer.submit(this::write).get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("could not write the sent marks to disk: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write() {
        // cleared first: a mark committed while this checkpoint runs queues the next one
        queued.set(false);
        try {
            jdbi.useHandle(Durability::checkpoint);
        } catch (RuntimeException e) {
            log.warn("could not write the sent marks to disk: {}", e.toString());
        }
    }

    @Override
    public void close() {
        awaitWritten();
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
