package org.talksbot.notify;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.talksbot.core.Reply;

/**
 * Puts a reply in the outbox, in the caller's transaction: one row per Telegram-sized part, the
 * buttons with the last (a reply with a photo is one row), ahead of every notification. The sender
 * delivers them in order.
 */
public final class ReplyQueue {

    /** Replies go before notifications (which have priority 1). */
    static final int REPLY_PRIORITY = 0;

    private ReplyQueue() {
    }

    /** Returns how many messages were queued (none for an empty reply); a reply with a photo is one. */
    public static int queue(Handle handle, long chatId, boolean group, Reply reply, Instant now) {
        List<String> parts = reply.parts().stream().filter(part -> !part.isBlank()).toList();
        if (parts.isEmpty() && reply.photo() == null) {
            return 0;
        }
        // the chat wrote to us, so it exists and we may write to it
        ChatRegistry.seen(handle, chatId, group, now);
        if (reply.photo() != null) {
            // the photo with its caption and buttons; its text goes instead only if Telegram refuses the photo
            enqueue(handle, chatId, ReplyCodec.encode(reply), now);
            return 1;
        }
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Reply part = Reply.of(parts.get(i), last ? reply.buttons() : List.of());
            enqueue(handle, chatId, ReplyCodec.encode(part), now);
        }
        return parts.size();
    }

    /** A statement, not an attached {@link OutboxQueries}: attaching that interface costs more than the insert. */
    private static void enqueue(Handle handle, long chatId, String body, Instant now) {
        handle.createUpdate(OutboxQueries.ENQUEUE_REPLY).bind("chat", chatId).bind("body", body)
                .bind("priority", REPLY_PRIORITY).bind("now", now).execute();
    }
}
