package org.talksbot.telegram;

/**
 * Paces replies to users against everything else the bot sends: {@link #await} blocks until a reply
 * part to the chat may go (the notify throttle's {@code awaitReplySlot}, so replies go before queued
 * notifications and all messages share one rate limit).
 */
@FunctionalInterface
public interface ReplySlots {

    void await(long chatId) throws InterruptedException;

    ReplySlots NONE = chatId -> { };
}
