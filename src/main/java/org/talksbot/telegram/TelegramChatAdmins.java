package org.talksbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Request;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * In a private chat the user manages it; in a group only its creator and administrators do.
 * Answers are cached for a minute so a burst of settings commands costs one API call.
 */
public final class TelegramChatAdmins implements ChatAdmins {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatAdmins.class);
    static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private record Key(long chatId, long userId) {
    }

    private record Answer(boolean admin, Instant until) {
    }

    private final TelegramClient client;
    private final Secrets secrets;
    private final Clock clock;
    private final Map<Key, Answer> cache = new ConcurrentHashMap<>();

    public TelegramChatAdmins(TelegramApi api) {
        this(api.client(), api.secrets(), Clock.systemUTC());
    }

    TelegramChatAdmins(TelegramClient client, Secrets secrets, Clock clock) {
        this.client = client;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public boolean mayManage(Request request) {
        if (!request.isGroup()) {
            return true;
        }
        Key key = new Key(request.chatId(), request.userId());
        Instant now = clock.instant();
        Answer cached = cache.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.admin();
        }
        try {
            ChatMember member = client.execute(new GetChatMember(Long.toString(key.chatId()), key.userId()));
            boolean admin = "creator".equals(member.getStatus()) || "administrator".equals(member.getStatus());
            cache.put(key, new Answer(admin, now.plus(CACHE_FOR)));
            return admin;
        } catch (TelegramApiException | RuntimeException e) {
            // not cached: the next attempt asks Telegram again
            log.warn("could not check whether user {} administers chat {}: {}", key.userId(), key.chatId(),
                    secrets.describe(e));
            return false;
        }
    }
}
