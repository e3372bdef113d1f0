package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;

/** Test time: sleeping only moves the clock forward, so limits are checked without real waiting. */
final class FakeTime implements TimeSource {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private long nanos;
    private Runnable onSleep = () -> { };

    @Override
    public synchronized Instant now() {
        return START.plusNanos(nanos);
    }

    @Override
    public synchronized long nanos() {
        return nanos;
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
        onSleep.run();
    }

    synchronized void advance(Duration duration) {
        nanos += Math.max(0, duration.toNanos());
    }

    /** Moves the clock forward to {@code at} (never back). */
    synchronized void setNow(Instant at) {
        advance(Duration.between(now(), at));
    }

    void onSleep(Runnable hook) {
        this.onSleep = hook;
    }
}
