package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** The clock and the sleeper of delivery, injectable so that rate-limit tests need no real waiting. */
public interface TimeSource {

    /** Wall-clock time, for timestamps stored in the database. */
    Instant now();

    /** Monotonic nanoseconds, for measuring intervals between messages. */
    long nanos();

    void sleep(Duration duration) throws InterruptedException;

    /**
     * Sleeps as {@link #sleep(Duration)}, but ends as soon as {@code wake} holds; whoever makes it hold
     * notifies {@code monitor}.
     */
    default void sleep(Duration duration, BooleanSupplier wake, Object monitor) throws InterruptedException {
        if (!wake.getAsBoolean()) {
            sleep(duration);
        }
    }

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

        @Override
        public void sleep(Duration duration, BooleanSupplier wake, Object monitor) throws InterruptedException {
            long deadline = System.nanoTime() + duration.toNanos();
            synchronized (monitor) {
                for (long left = duration.toNanos(); left > 0 && !wake.getAsBoolean(); left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                }
            }
        }
    };
}
