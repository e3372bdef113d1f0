package org.talksbot.notify;

import java.time.Duration;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.TextCut;
import org.talksbot.store.Durability;

/**
 * What a failed delivery means for its outbox row, the same for replies and notifications: a 429
 * retries the same row once retry_after has passed, however long; an unreachable chat turns inactive
 * and its pending rows are skipped; a network error or 5xx retries with growing back-off; a rejected
 * message fails at once. A reply is given up only when it is older than {@link #REPLY_LIFETIME} (an
 * answer that late no longer helps), a notification after {@link #MAX_ATTEMPTS}. Every retry is
 * logged in one line; every decision is checkpointed, so a retry_after outlives a kill -9.
 */
final class DeliveryPolicy {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPolicy.class);
    static final int MAX_ATTEMPTS = 20;
    static final Duration REPLY_LIFETIME = Duration.ofHours(1);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    static final String GIVEN_UP = "given up: ";
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
                log.info("flood control for chat {}: {} waits {} s as Telegram asked", row.chatId(), what(row),
                        e.retryAfter().toSeconds());
                throttle.rateLimited(row.chatId(), e.retryAfter());
                retryAfter(row, e.retryAfter(), error);
            }
            case CHAT_UNREACHABLE -> {
                log.info("chat {} is unreachable ({}); it gets no more messages until it writes", row.chatId(),
                        e.getMessage());
                chats.unreachable(row.chatId(), error);
            }
            case TRANSIENT -> {
                if (!row.isReply() && row.attempts() + 1 >= MAX_ATTEMPTS) {
                    log.warn("gave up {} to chat {} after {} attempts: {}", what(row), row.chatId(),
                            row.attempts() + 1, e.getMessage());
                    finish(row, "FAILED", GIVEN_UP + error);
                } else {
                    Duration wait = backoff(row.attempts());
                    log.info("sending {} to chat {} failed ({}); retry {} in {} s", what(row), row.chatId(),
                            e.getMessage(), row.attempts() + 1, wait.toSeconds());
                    retryAfter(row, wait, error);
                }
            }
            case REJECTED -> {
                log.warn("outbox row {} rejected: {}", row.id(), e.getMessage());
                finish(row, "FAILED", error);
            }
        }
    }

    /** True (and the row given up, with a log line) if it is a reply too old to help any more. */
    boolean expired(OutboxRow row) {
        if (!row.isReply() || !row.createdAt().plus(REPLY_LIFETIME).isBefore(time.now())) {
            return false;
        }
        log.warn("gave up a reply to chat {} after {} attempts: it is over {} minutes old", row.chatId(),
                row.attempts(), REPLY_LIFETIME.toMinutes());
        finish(row, "FAILED", GIVEN_UP + "older than " + REPLY_LIFETIME.toMinutes() + " minutes");
        return true;
    }

    /** Quiet hours with hold: the notification waits until they end, without counting as an attempt. */
    void holdUntil(OutboxRow row, java.time.Instant until) {
        write(q -> q.holdUntil(row.id(), until));
    }

    void skip(OutboxRow row, String reason) {
        finish(row, "SKIPPED", reason);
    }

    static Duration backoff(int attemptsSoFar) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static String what(OutboxRow row) {
        return row.isReply() ? "a reply" : "a notification";
    }

    private void retryAfter(OutboxRow row, Duration wait, String error) {
        write(q -> q.retryAt(row.id(), time.now().plus(wait), error));
    }

    private void finish(OutboxRow row, String state, String error) {
        write(q -> q.finish(row.id(), state, truncated(error)));
    }

    private void write(Consumer<OutboxQueries> change) {
        jdbi.useHandle(handle -> {
            change.accept(handle.attach(OutboxQueries.class));
            Durability.checkpoint(handle);
        });
    }

    private static String truncated(String text) {
        return TextCut.atMost(text, MAX_ERROR_CHARS);
    }
}
