package org.talksbot.notify;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Bot;

/**
 * Whether the bot may write to a chat. Any message from a chat (such as /start) makes it active
 * again with its subscriptions intact; a block, kick or "chat not found" makes it inactive and
 * drops its pending notifications.
 */
public final class ChatRegistry {

    private final Jdbi jdbi;
    private final TimeSource time;

    public ChatRegistry(Jdbi jdbi, TimeSource time) {
        this.jdbi = jdbi;
        this.time = time;
    }

    /** The chat wrote to the bot: remember it and make it active. Call on every incoming request. */
    public void seen(long chatId, boolean isGroup) {
        jdbi.useHandle(handle -> seen(handle, chatId, isGroup, time.now()));
    }

    /**
     * As {@link #seen(long, boolean)}, in the caller's transaction. A statement rather than an attached
     * {@link ChatQueries}: attaching builds a handler for each of the interface's methods, which cost
     * several times the statement itself on every request.
     */
    static void seen(Handle handle, long chatId, boolean isGroup, Instant now) {
        handle.createUpdate(ChatQueries.SEEN).bind("id", chatId).bind("group", isGroup).bind("now", now).execute();
    }

    /** Wraps the bot so that every request marks its chat as seen (and so active) before it is answered. */
    public Bot tracking(Bot bot) {
        return request -> {
            seen(request.chatId(), request.isGroup());
            return bot.answer(request);
        };
    }

    /** The transport saw the bot's membership change (my_chat_member): blocked/kicked or back. */
    public void changed(long chatId, boolean botCanWrite) {
        if (botCanWrite) {
            jdbi.useExtension(ChatQueries.class, q -> q.setActive(chatId, true, time.now()));
        } else {
            unreachable(chatId, "bot was blocked or removed");
        }
    }

    /** Stops every message to the chat until it writes again. */
    public void unreachable(long chatId, String reason) {
        jdbi.useTransaction(handle -> {
            ChatQueries q = handle.attach(ChatQueries.class);
            q.setActive(chatId, false, time.now());
            q.skipPending(chatId, reason);
        });
    }

    /** Empty for a chat that never wrote to the bot. */
    public Optional<Boolean> isActive(long chatId) {
        return jdbi.withExtension(ChatQueries.class, q -> q.active(chatId));
    }
}
