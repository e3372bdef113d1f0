package org.talksbot.notify;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Bot;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;

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
        jdbi.useHandle(handle -> seen(handle, chatId, isGroup, null, time.now()));
    }

    /**
     * As {@link #seen(long, boolean)}, in the caller's transaction; a new chat starts with {@code language}
     * (a code, or null for none yet). A statement rather than an attached {@link ChatQueries}: attaching
     * builds a handler for each of the interface's methods, which cost several times the statement itself
     * on every request.
     */
    static void seen(Handle handle, long chatId, boolean isGroup, String language, Instant now) {
        handle.createUpdate(ChatQueries.SEEN).bind("id", chatId).bind("group", isGroup).bind("language", language)
                .bind("now", now).execute();
    }

    /** The language a request's Telegram app reports, which a chat seen for the first time starts with. */
    static String languageOf(Request request) {
        return Language.fromTelegram(request.language()).code();
    }

    /** Wraps the bot so that every request marks its chat as seen (and so active) before it is answered. */
    public Bot tracking(Bot bot) {
        return request -> {
            // the chat's first request stores its language with it: one write, not two
            jdbi.useHandle(handle -> seen(handle, request.chatId(), request.isGroup(), languageOf(request), time.now()));
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
