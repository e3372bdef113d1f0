package org.talksbot;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.talksbot.notify.TimeSource;

/**
 * Time for end-to-end tests of delivery: it runs with the real clock, but a wait (for a rate limit,
 * a chat's turn, a back-off) jumps it ahead instead of sleeping, so a fan-out paced at 30 messages a
 * second and one a second per chat takes as long as the HTTP calls do. Give {@link #nanos()} to the
 * fake server's rate limits, so both sides see the same time.
 */
final class VirtualTime implements TimeSource {

    private final long startNanos = System.nanoTime();
    private final Instant startInstant = Instant.now();
    private final AtomicLong skipped = new AtomicLong();

    @Override
    public Instant now() {
        return startInstant.plusNanos(nanos() - startNanos);
    }

    @Override
    public long nanos() {
        return System.nanoTime() + skipped.get();
    }

    /** Jumps the clock ahead, as if that much time had passed: for a digest's minute. */
    void advance(Duration duration) {
        skipped.addAndGet(duration.toNanos());
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        skipped.addAndGet(Math.max(0, duration.toNanos()));
    }
}
