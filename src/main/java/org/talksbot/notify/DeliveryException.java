package org.talksbot.notify;

import java.time.Duration;

/** Why a message could not be delivered, and so what to do next. */
public class DeliveryException extends Exception {

    public enum Kind {
        /** Flood control (429): wait {@link #retryAfter()} and send the same message again. */
        RATE_LIMITED,
        /** The chat is gone for us (403 blocked/kicked/deactivated, 400 chat not found): stop sending. */
        CHAT_UNREACHABLE,
        /** Network error or 5xx: retry later with backoff. */
        TRANSIENT,
        /** Any other 4xx: the message itself is wrong; retrying will not help. */
        REJECTED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public DeliveryException(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
