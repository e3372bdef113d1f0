package org.talksbot.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Waits between failed polls: 0.5 s doubling to 30 s, so a dead network is retried within half a
 * minute (the library's default grows to 15 minutes).
 */
final class PollBackOff implements BackOff {

    private static final long FIRST_MILLIS = 500;
    private static final long MAX_MILLIS = 30_000;

    private long next = FIRST_MILLIS;

    @Override
    public synchronized void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long wait = next;
        next = Math.min(next * 2, MAX_MILLIS);
        return wait;
    }
}
