package org.talksbot.telegram;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The bot's own time per reply: from the getUpdates response that brought a chat's update to the bot's
 * sendMessage call for that chat, over the last {@value #KEPT} replies. The figure the speed target
 * speaks of, measured where the bot stands rather than at a server on the other side of the network.
 */
final class ReplyLatency {

    static final int KEPT = 10_000;
    /** The first replies after a start run code not compiled yet: also reported without them. */
    static final int WARM_UP = 100;
    /** Chats whose update waits for its reply; beyond this (a flood, or updates with no reply) new ones are not timed. */
    private static final int WAITING_AT_MOST = 10_000;

    private final LongSupplier nanos;
    private final Map<Long, Long> waiting = new ConcurrentHashMap<>();
    private final int[] micros = new int[KEPT];
    private volatile long lastResponseAt;
    private long count;

    ReplyLatency(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** A getUpdates response has just arrived (its updates are read next). */
    void responseArrived() {
        lastResponseAt = nanos.getAsLong();
    }

    /** The updates of these chats came in the last response; each chat's next message sent is its reply. */
    void received(Collection<Long> chatIds) {
        long at = lastResponseAt == 0 ? nanos.getAsLong() : lastResponseAt;
        for (Long chat : chatIds) {
            if (waiting.size() < WAITING_AT_MOST) {
                waiting.putIfAbsent(chat, at);
            }
        }
    }

    /** The bot is about to call sendMessage for this chat. */
    void sending(long chatId) {
        Long since = waiting.remove(chatId);
        if (since != null) {
            long took = (nanos.getAsLong() - since) / 1_000;
            synchronized (micros) {
                micros[(int) (count++ % KEPT)] = (int) Math.min(Integer.MAX_VALUE, took);
            }
        }
    }

    /** The replies timed so far, percentiles over the last {@value #KEPT}, and over those after the first {@value #WARM_UP}. */
    Summary summary() {
        int[] kept;
        long all;
        synchronized (micros) {
            all = count;
            kept = new int[(int) Math.min(count, KEPT)];
            long first = all - kept.length;
            for (int i = 0; i < kept.length; i++) {
                kept[i] = micros[(int) ((first + i) % KEPT)];
            }
        }
        int skip = (int) Math.max(0, Math.min(kept.length, WARM_UP - (all - kept.length)));
        return new Summary(all, Percentiles.of(kept), Percentiles.of(Arrays.copyOfRange(kept, skip, kept.length)));
    }

    /** Microseconds, over {@code replies} replies. */
    record Percentiles(int replies, int p50, int p99, int max) {

        static Percentiles of(int[] micros) {
            int[] sorted = micros.clone();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }

        private static int at(int[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d)", p50 / 1000.0, p99 / 1000.0,
                    max / 1000.0, replies);
        }
    }

    /** What the bot logs on stop. */
    record Summary(long replies, Percentiles recent, Percentiles afterWarmUp) {

        @Override
        public String toString() {
            String all = replies + " replies; update received -> sendMessage " + recent;
            return afterWarmUp.replies() == 0 ? all
                    : all + "; after the first " + WARM_UP + " (the JVM warming up): " + afterWarmUp;
        }
    }
}
