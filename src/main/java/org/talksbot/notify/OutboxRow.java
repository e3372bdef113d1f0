package org.talksbot.notify;

import java.time.Instant;
import java.util.Optional;

/**
 * A pending message as the sender reads it: a reply (its text and buttons in {@code replyBody}), a
 * notification (an item, rendered when sent) or a digest (its text in {@code replyBody}, with
 * notifications' priority), and the chat's quiet hours, read in its time zone.
 */
public record OutboxRow(long id, long chatId, boolean groupChat, ItemKind itemKind, String itemId,
                        boolean correction, int attempts, Instant createdAt, String replyBody, int priority,
                        boolean silent, String timeZone, Integer quietStart, Integer quietEnd, boolean quietHold) {

    /** An answer to a user: it goes first and is never held or silenced. */
    public boolean isReply() {
        return replyBody != null && priority == ReplyQueue.REPLY_PRIORITY;
    }

    /** A message stored whole (a reply or a digest), not rendered from an item. */
    public boolean hasBody() {
        return replyBody != null;
    }

    /** An instant notification of one item: quiet hours silence or hold it. */
    public boolean isItemNotification() {
        return itemKind != null;
    }

    /** The end of the quiet hours (with hold) that keep this notification back now; empty if it may go. */
    public Optional<Instant> heldUntil(Instant now) {
        return isItemNotification() && quietHours().hold() ? quietHours().endAfter(now) : Optional.empty();
    }

    /** Without a sound: a digest due in quiet hours, or a notification sent during them. */
    public boolean silentAt(Instant now) {
        return silent || (isItemNotification() && quietHours().contains(now));
    }

    public QuietHours quietHours() {
        return QuietHours.of(quietStart, quietEnd, quietHold, ChatSettings.zoneOf(timeZone));
    }
}
