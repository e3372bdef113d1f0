package org.talksbot.notify;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Reply;

/**
 * Sends one outbox message on a throttle slot already taken and records how it went: marked SENT (the
 * mark put on disk a moment later, {@link SentMarks}), or handed to the {@link DeliveryPolicy} to retry,
 * hold or give up. Runs on a sender thread and never throws: a sender thread must not die.
 */
final class MessageSending {

    private static final Logger log = LoggerFactory.getLogger(MessageSending.class);

    private final Jdbi jdbi;
    private final ChatGateway gateway;
    private final Throttle throttle;
    private final DeliveryPolicy policy;
    private final SentMarks sentMarks;
    private final TimeSource time;

    MessageSending(Jdbi jdbi, ChatGateway gateway, Throttle throttle, DeliveryPolicy policy, SentMarks sentMarks,
                   TimeSource time) {
        this.jdbi = jdbi;
        this.gateway = gateway;
        this.throttle = throttle;
        this.policy = policy;
        this.sentMarks = sentMarks;
        this.time = time;
    }

    /** Counts the message in {@code sent} once Telegram has taken it. */
    void send(OutboxRow row, Reply reply, boolean silent, AtomicInteger sent) {
        try {
            sendAndRecord(row, reply, silent, sent);
        } catch (RuntimeException e) {
            // the database went away (e.g. while the process stops): the row stays pending for the next run
            log.warn("could not record how a message to chat {} went: {}", row.chatId(), e.toString());
        }
    }

    private void sendAndRecord(OutboxRow row, Reply reply, boolean silent, AtomicInteger sent) {
        try {
            gateway.send(row.chatId(), reply, silent, () -> {
                // each request Telegram counts takes its own slot, after the one before has completed
                throttle.sent(row.chatId());
                throttle.awaitReplySlot(row.chatId());
            });
        } catch (DeliveryException e) {
            throttle.sent(row.chatId());
            policy.failed(row, e);
            return;
        } catch (RuntimeException e) {
            throttle.sent(row.chatId());
            log.warn("gateway failed unexpectedly for outbox row {}: {}", row.id(), e.toString());
            policy.failed(row, new DeliveryException(DeliveryException.Kind.TRANSIENT, e.toString(), null));
            return;
        }
        throttle.sent(row.chatId());
        jdbi.useHandle(handle -> handle.createUpdate(OutboxQueries.MARK_SENT).bind("id", row.id())
                .bind("now", time.now()).execute());
        sentMarks.marked();
        sent.incrementAndGet();
    }
}
