package org.talksbot.notify;

import java.time.Duration;
import java.time.Instant;

/** How fast the notifier delivered its last run of messages. */
public record FanoutRate(int messages, Duration elapsed, Instant finishedAt) {

    public double perSecond() {
        return elapsed.isZero() ? 0 : messages / (elapsed.toNanos() / 1e9);
    }
}
