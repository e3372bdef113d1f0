package org.talksbot.notify;

import java.time.Instant;

/**
 * A pending message as the sender reads it: a reply (its text and buttons in {@code replyBody}) or a
 * notification (an item, rendered when sent).
 */
public record OutboxRow(long id, long chatId, boolean groupChat, ItemKind itemKind, String itemId,
                        boolean correction, int attempts, Instant createdAt, String replyBody) {

    public boolean isReply() {
        return replyBody != null;
    }
}
