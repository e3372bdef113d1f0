package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

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
            // Thread.sleep rounds up to whole milliseconds; at scaled rates the gaps are shorter
            long deadline = System.nanoTime() + duration.toNanos();
            for (long left = duration.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    };
}
