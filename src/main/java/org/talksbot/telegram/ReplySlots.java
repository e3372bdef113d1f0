package org.talksbot.telegram;

/**
 * Paces replies to users against everything else the bot sends: {@link #await} blocks until a reply
 * part to the chat may go (the notify throttle's {@code awaitReplySlot}, so replies go before queued
 * notifications and all messages share one rate limit).
 */
@FunctionalInterface
public interface ReplySlots {

    void await(long chatId) throws InterruptedException;

    /**
     * The request of the part this thread last awaited a slot for has completed (sent or refused), so
     * the throttle can tell when the server saw it; see the notify throttle's {@code replySent}.
     */
    default void sent(long chatId) {
    }

    ReplySlots NONE = chatId -> { };
}
