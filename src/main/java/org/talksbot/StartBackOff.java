package org.talksbot;

import java.time.Duration;

/** Waits between attempts to reach the Bot API at start: 1 s, doubling up to a minute. */
final class StartBackOff {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofMinutes(1);

    private Duration next = FIRST;

    Duration next() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
        return wait;
    }
}
