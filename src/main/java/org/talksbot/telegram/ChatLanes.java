package org.talksbot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one after another per chat (so replies keep the order the chat wrote in) and
 * different chats in parallel on a small fixed pool. A failing task is logged and never blocks
 * the tasks queued behind it.
 */
final class ChatLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final Map<Long, CompletableFuture<Void>> tails = new HashMap<>();

    ChatLanes(int threads) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), TelegramApi.daemonThreads("talksbot-tg-lane"));
    }

    void submit(long chatId, Runnable task) {
        synchronized (tails) {
            CompletableFuture<Void> previous = tails.getOrDefault(chatId, CompletableFuture.completedFuture(null));
            CompletableFuture<Void> next = previous.thenRunAsync(() -> runSafely(chatId, task), pool);
            tails.put(chatId, next);
            next.whenComplete((ignored, error) -> forget(chatId, next));
        }
    }

    private void forget(long chatId, CompletableFuture<Void> finished) {
        synchronized (tails) {
            tails.remove(chatId, finished);
        }
    }

    private static void runSafely(long chatId, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            log.error("handling an update of chat {} failed", chatId, e);
        }
    }

    /** Lets queued work finish for up to {@code waitMillis}, then stops the threads. */
    void drainAndStop(long waitMillis) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                log.warn("stopping with updates still being handled; they stay in the inbox for the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        drainAndStop(1_000);
    }
}
