package org.talksbot.notify;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed delivery means for its outbox row: a 429 retries the same row after retry_after;
 * an unreachable chat turns inactive and its pending rows are skipped; a network error or 5xx
 * retries with exponential backoff until {@link #MAX_ATTEMPTS}; a rejected message fails at once.
 */
final class DeliveryPolicy {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPolicy.class);
    static final int MAX_ATTEMPTS = 20;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    private static final int MAX_ERROR_CHARS = 500;

    private final Jdbi jdbi;
    private final Throttle throttle;
    private final ChatRegistry chats;
    private final TimeSource time;

    DeliveryPolicy(Jdbi jdbi, Throttle throttle, ChatRegistry chats, TimeSource time) {
        this.jdbi = jdbi;
        this.throttle = throttle;
        this.chats = chats;
        this.time = time;
    }

    void failed(OutboxRow row, DeliveryException e) {
        String error = truncated(e.kind() + ": " + e.getMessage());
        switch (e.kind()) {
            case RATE_LIMITED -> {
                throttle.rateLimited(row.chatId(), e.retryAfter());
                retryAfter(row, e.retryAfter(), error);
            }
            case CHAT_UNREACHABLE -> {
                log.info("chat {} is unreachable ({}); it gets no more messages until it writes", row.chatId(),
                        e.getMessage());
                chats.unreachable(row.chatId(), error);
            }
            case TRANSIENT -> {
                if (row.attempts() + 1 >= MAX_ATTEMPTS) {
                    finish(row, "FAILED", error);
                } else {
                    retryAfter(row, backoff(row.attempts()), error);
                }
            }
            case REJECTED -> {
                log.warn("outbox row {} rejected: {}", row.id(), e.getMessage());
                finish(row, "FAILED", error);
            }
        }
    }

    void skip(OutboxRow row, String reason) {
        finish(row, "SKIPPED", reason);
    }

    static Duration backoff(int attemptsSoFar) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void retryAfter(OutboxRow row, Duration wait, String error) {
        jdbi.useExtension(OutboxQueries.class, q -> q.retryAt(row.id(), time.now().plus(wait), error));
    }

    private void finish(OutboxRow row, String state, String error) {
        jdbi.useExtension(OutboxQueries.class, q -> q.finish(row.id(), state, truncated(error)));
    }

    private static String truncated(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }
}
