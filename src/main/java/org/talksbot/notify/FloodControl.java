package org.talksbot.notify;

/**
 * What Telegram's 429s say about the overall limit: two chats limited within a second means the limit
 * was global, so everything pauses as long as Telegram asked and the overall rate drops by a fifth (for
 * good: the process's configured rate was too high). Not thread-safe: the {@link Throttle} calls it
 * under its lock.
 */
final class FloodControl {

    private static final long NEVER = Throttle.NEVER;

    private int limit;
    private long pausedUntil = NEVER;
    private long lastAt = NEVER;
    private long lastChat;

    FloodControl(int limit) {
        this.limit = limit;
    }

    /** A 429 arrived now for {@code chatId}, whose pause ends at {@code until}. */
    void limited(long now, long chatId, long until) {
        if (lastAt != NEVER && lastChat != chatId && now - lastAt < Throttle.SECOND) {
            pausedUntil = until;
            limit = Math.max(1, limit * 4 / 5);
        }
        lastAt = now;
        lastChat = chatId;
    }

    /** Messages per window allowed overall now. */
    int limit() {
        return limit;
    }

    /** How long everything still pauses (0 or less: not paused). */
    long pausedNanos(long now) {
        return pausedUntil == NEVER ? 0 : pausedUntil - now;
    }
}
