package org.talksbot.notify;

import java.time.Duration;

/**
 * Telegram's flood limits as the throttle applies them; {@code safetyMargin} stretches every window
 * a little (0.02 = 2 %) so that timing jitter between us and the server never crosses a limit.
 */
public record ThrottleSettings(int globalPerSecond, Duration perChatInterval, int groupPerMinute,
                               double safetyMargin) {

    /** The Bot FAQ limits: 30 messages/s overall, 1/s per chat, 20/minute per group. */
    public static final ThrottleSettings TELEGRAM = new ThrottleSettings(30, Duration.ofSeconds(1), 20, 0.02);

    public ThrottleSettings {
        if (globalPerSecond < 1 || groupPerMinute < 1 || perChatInterval.isNegative()
                || safetyMargin < 0 || safetyMargin > 1) {
            throw new IllegalArgumentException("invalid throttle settings");
        }
    }

    public ThrottleSettings withGlobalPerSecond(int perSecond) {
        return new ThrottleSettings(perSecond, perChatInterval, groupPerMinute, safetyMargin);
    }

    long stretched(Duration window) {
        return (long) (window.toNanos() * (1 + safetyMargin));
    }
}
