package org.talksbot.notify;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The overall limit: at most N messages in any rolling window (a second), evenly paced, and where each
 * message counts in it. Not thread-safe: the {@link Throttle} calls it under its lock.
 *
 * <p>A message counts from when its slot is taken, i.e. when it is sent. Once its request has completed
 * ({@link #complete}), it counts from however much later than its send time its round trip exceeded the
 * fastest one known <em>now</em>: at a steady network latency every message keeps its send time, so
 * latency costs no rate, while a request that was held up somewhere counts from when the server may have
 * seen it. The place is worked out again at every decision, not fixed at completion: while a cold JVM and
 * connection warm up, round trips start slow and get faster, and a message placed against the slower
 * "fastest" of its moment would count too early (one more message than allowed reached Telegram in a
 * rolling second, about a second into a fan-out).
 */
final class OverallWindow {

    private static final long NEVER = Throttle.NEVER;
    /** Longer than any request can take (OkHttp gives up on a write after 30 s). */
    private static final long FORGET_AFTER = 60 * Throttle.SECOND;
    /**
     * How far behind its even schedule the sender may catch up (in slots, or a tenth of the
     * window, whichever is more), so late wake-ups do not lower the average rate; the rolling
     * window still caps every second.
     */
    private static final int CATCH_UP = 4;

    private final long window;
    /** Every message that may still count, in the order their slots were taken. */
    private final ArrayDeque<Sending> recent = new ArrayDeque<>();
    /** Messages on their way, replies and notifications: chat to its message (one per chat). */
    private final Map<Long, Sending> inFlight = new HashMap<>();
    private long fastestRoundTrip = NEVER;
    private long nextSlot = NEVER;

    /** One message: when its slot was taken and when its request completed. */
    static final class Sending {
        final long stamp;
        long done = NEVER;
        /** Completed before any round trip was known: it counts from its completion. */
        boolean countsInFull;

        Sending(long stamp) {
            this.stamp = stamp;
        }
    }

    OverallWindow(long window) {
        this.window = window;
    }

    /** How long until one more message fits under {@code limit} per window and the even pacing; 0 if now. */
    long waitNanos(long now, int limit) {
        int counted = 0;
        int stalled = 0;
        long oldest = Long.MAX_VALUE;
        for (Iterator<Sending> each = recent.iterator(); each.hasNext(); ) {
            Sending sending = each.next();
            if (sending.done == NEVER) {
                long age = now - sending.stamp;
                if (age >= FORGET_AFTER) {
                    each.remove();  // no one said it completed; its request has long timed out
                    inFlight.values().remove(sending);
                } else if (age >= window) {
                    stalled++;  // still on its way after a whole window: it counts until it completes
                } else {
                    counted++;
                    oldest = Math.min(oldest, sending.stamp);
                }
            } else if (now - sending.done >= window) {
                each.remove();  // it never counts later than its completion
            } else {
                long at = placed(sending);
                if (now - at < window) {
                    counted++;
                    oldest = Math.min(oldest, at);
                }
            }
        }
        long wait = 0;
        if (counted + stalled >= limit) {
            wait = counted >= limit ? oldest + window - now : Throttle.YIELD.toNanos();
        }
        if (nextSlot != NEVER) {
            wait = Math.max(wait, nextSlot - now);
        }
        return wait;
    }

    /** A slot was taken now for a message to {@code chatId}; the next is paced a window/{@code limit} later. */
    void take(long now, long chatId, int limit) {
        Sending sending = new Sending(now);
        recent.addLast(sending);
        Sending earlier = inFlight.put(chatId, sending);
        if (earlier != null) {
            completed(earlier, now);  // its caller never said; it has surely completed by now
        }
        long spacing = window / limit;
        long earliest = now - Math.max(CATCH_UP * spacing, window / 10);
        nextSlot = (nextSlot == NEVER ? earliest : Math.max(nextSlot, earliest)) + spacing;
    }

    /** The request of the message on its way to {@code chatId} completed now; returns it, or null if none was. */
    Sending complete(long chatId, long now) {
        Sending sending = inFlight.remove(chatId);
        if (sending != null) {
            completed(sending, now);
        }
        return sending;
    }

    boolean onItsWay(Long chatId) {
        return inFlight.containsKey(chatId);
    }

    private void completed(Sending sending, long now) {
        long roundTrip = now - sending.stamp;
        sending.countsInFull = fastestRoundTrip == NEVER;
        fastestRoundTrip = sending.countsInFull ? roundTrip : Math.min(fastestRoundTrip, roundTrip);
        sending.done = now;
    }

    /**
     * Where a message counts in the window: its send time while on its way; once completed, as much
     * later as its round trip exceeded the fastest known now (so it moves later when a faster one is
     * measured). The first ever counts in full: until one is measured, a message counts from when its
     * request completed. It is the fastest ever, not of the last few, because a run of slow round trips
     * (a busy machine) would otherwise hide how much later than the fastest a message may have arrived;
     * if the network gets slower for good, messages only count longer.
     */
    long placed(Sending sending) {
        if (sending.done == NEVER) {
            return sending.stamp;
        }
        return sending.countsInFull ? sending.done : Math.max(sending.stamp, sending.done - fastestRoundTrip);
    }
}
