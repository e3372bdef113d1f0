package org.talksbot.notify;

/** A pending notification as the notifier reads it. */
public record OutboxRow(long id, long chatId, boolean groupChat, ItemKind itemKind, String itemId,
                        boolean correction, int attempts) {
}
