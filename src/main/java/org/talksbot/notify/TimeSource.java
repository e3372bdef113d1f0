package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;

/** The clock and the sleeper of delivery, injectable so that rate-limit tests need no real waiting. */
public interface TimeSource {

    /** Wall-clock time, for timestamps stored in the database. */
    Instant now();

    /** Monotonic nanoseconds, for measuring intervals between messages. */
    long nanos();

    void sleep(Duration duration) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            long nanos = duration.toNanos();
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
