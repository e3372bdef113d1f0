package org.talksbot.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Bot;
import org.talksbot.core.Request;

/**
 * The language each chat reads, stored with the chat: on first contact the one its Telegram client
 * reports, then whatever /language chose. Recently used chats are remembered (bounded) because every
 * request asks; only this class writes the column, so the memory never disagrees with the store.
 */
public final class ChatLanguages {

    private static final int REMEMBERED = 10_000;

    private final Jdbi jdbi;
    private final Map<Long, Language> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Language> eldest) {
            return size() > REMEMBERED;
        }
    });

    public ChatLanguages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The chat's language; English for a chat that never chose or wrote. */
    public Language of(long chatId) {
        Language known = recent.get(chatId);
        if (known != null) {
            return known;
        }
        Optional<Language> stored = stored(chatId);
        // remembered only once stored, so a chat's first request still stores its client's language
        stored.ifPresent(language -> recent.put(chatId, language));
        return stored.orElse(Language.EN);
    }

    /**
     * The language stored for a chat, read from the store each time (never from memory, which another
     * instance may have); empty for a chat that never wrote. A private chat's id is its user's, so this is
     * also a user's language for inline queries, which come without a chat.
     */
    public Optional<Language> stored(long chatId) {
        return jdbi.withExtension(ChatLanguageQueries.class, q -> q.language(chatId)).flatMap(Language::parse);
    }

    /** Stores a chat's choice (/language); creates the chat's row if the bot never saw it. */
    public void set(long chatId, boolean group, Language language) {
        jdbi.useExtension(ChatLanguageQueries.class, q -> q.set(chatId, group, language.code()));
        recent.put(chatId, language);
    }

    /**
     * The request with its chat's language in place of the client's: a chat's first request (its row
     * has no language yet) stores the one its Telegram client reports.
     */
    public Request resolve(Request request) {
        Language known = recent.get(request.chatId());
        if (known != null) {
            return request.withLanguage(known.code());
        }
        Language fromClient = Language.fromTelegram(request.language());
        Optional<Language> stored = jdbi.withHandle(handle -> handle.createQuery(ChatLanguageQueries.LANGUAGE)
                .bind("id", request.chatId()).mapTo(String.class).findOne()
                // a chat seen without one (its first message was a sticker, or it was seen elsewhere) claims it now
                .or(() -> handle.createQuery(ChatLanguageQueries.CLAIM).bind("id", request.chatId())
                        .bind("language", fromClient.code()).mapTo(String.class).findOne())
                .flatMap(Language::parse));
        // remembered only once stored: a chat without a row yet (a sticker first) stores it on its first message
        stored.ifPresent(language -> recent.put(request.chatId(), language));
        return request.withLanguage(stored.orElse(fromClient).code());
    }

    /** The language to answer a request in: its chat's, or on first contact its client's (then kept). */
    public Language of(Request request) {
        return Language.fromTelegram(resolve(request).language());
    }

    /** Wraps the bot so that every request reaches it in its chat's language (wrap inside the chat registry). */
    public Bot resolving(Bot bot) {
        return request -> bot.answer(resolve(request));
    }
}
