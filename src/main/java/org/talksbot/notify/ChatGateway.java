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
}
