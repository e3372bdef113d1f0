package org.talksbot.notify;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Reply;

/**
 * Puts a reply in the outbox, in the caller's transaction: one row per Telegram-sized part, the
 * buttons with the last (a reply with a photo is one row), ahead of every notification. The sender
 * delivers them in order.
 */
public final class ReplyQueue {

    private static final Logger log = LoggerFactory.getLogger(ReplyQueue.class);

    /** Replies go before notifications (which have priority 1). */
    static final int REPLY_PRIORITY = 0;
    /** The outbox's reply_body holds this many characters (migration V13_1). */
    static final int MAX_BODY = 1_000_000;

    private ReplyQueue() {
    }

    /**
     * Returns how many messages were queued (none for an empty reply); a reply with a photo is one.
     * {@code asked}: the update it answers, whose place among the others orders the replies waiting to go.
     */
    public static int queue(Handle handle, long chatId, boolean group, Reply reply, long asked, Instant now) {
        List<String> parts = reply.parts().stream().filter(part -> !part.isBlank()).toList();
        if (parts.isEmpty() && reply.photo() == null) {
            return 0;
        }
        // the chat wrote to us, so it exists and we may write to it
        ChatRegistry.seen(handle, chatId, group, null, now);
        if (reply.photo() != null) {
            // the photo with its caption and buttons; its text goes instead only if Telegram refuses the photo
            String body = ReplyCodec.encode(reply);
            if (body.length() <= MAX_BODY) {
                enqueue(handle, chatId, body, asked, now);
                return 1;
            }
            log.warn("a picture for chat {} is too large for the outbox ({} characters); its text goes instead",
                    chatId, body.length());
        }
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Reply part = Reply.of(parts.get(i), last ? reply.buttons() : List.of());
            enqueue(handle, chatId, ReplyCodec.encode(part), asked, now);
        }
        return parts.size();
    }

    /** A statement, not an attached {@link OutboxQueries}: attaching that interface costs more than the insert. */
    private static void enqueue(Handle handle, long chatId, String body, long asked, Instant now) {
        handle.createUpdate(OutboxQueries.ENQUEUE_REPLY).bind("chat", chatId).bind("body", body)
                .bind("priority", REPLY_PRIORITY).bind("asked", asked).bind("now", now).execute();
    }
}
