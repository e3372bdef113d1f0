package org.talksbot.notify;

import org.talksbot.core.Reply;

/** Sends a message to a chat on the bot's own initiative; the transport classifies failures. */
@FunctionalInterface
public interface ChatGateway {

    void send(long chatId, Reply reply) throws DeliveryException;

    /** {@code silent}: deliver without a sound (Telegram's disable_notification), for quiet hours. */
    default void send(long chatId, Reply reply, boolean silent) throws DeliveryException {
        send(chatId, reply);
    }

    /**
     * As {@link #send(long, Reply, boolean)}, calling {@code nextRequest} before every request after the
     * first (a message in several parts, a resend as plain text), so that each request Telegram counts
     * takes its own throttle slot. A gateway that makes one request per message need not override this.
     */
    default void send(long chatId, Reply reply, boolean silent, NextRequest nextRequest) throws DeliveryException {
        send(chatId, reply, silent);
    }

    /** Waits until the next request of the same message may go (its own throttle slot). */
    @FunctionalInterface
    interface NextRequest {
        void await() throws InterruptedException;
    }
}
