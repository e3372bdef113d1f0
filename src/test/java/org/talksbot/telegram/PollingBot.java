package org.talksbot.telegram;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Bot;
import org.talksbot.core.MenuEntry;
import org.talksbot.inbox.Inbox;
import org.talksbot.notify.ChatRegistry;
import org.talksbot.notify.Notifier;
import org.talksbot.notify.Throttle;
import org.talksbot.notify.ThrottleSettings;
import org.talksbot.notify.TimeSource;
import org.talksbot.search.InlineSource;
import org.talksbot.store.Database;

/**
 * The polling adapter as the app wires it, around any {@link Bot}: a private in-memory store for the
 * inbox and outbox, and the sender delivering the outbox through the fake Bot API.
 */
final class PollingBot implements AutoCloseable {

    final Jdbi jdbi;
    final TelegramBot bot;
    private final Notifier sender;

    PollingBot(FakeBotApi fake, Bot answers, List<MenuEntry> menu, ChatMembershipListener membership,
               InlineSource inline) {
        this(fake, Database.inMemory("polling-" + UUID.randomUUID()), answers, menu, membership, inline);
    }

    /** Over an existing store, as a restarted process would find it. */
    PollingBot(FakeBotApi fake, Jdbi jdbi, Bot answers, List<MenuEntry> menu, ChatMembershipListener membership,
               InlineSource inline) {
        this.jdbi = jdbi;
        TelegramApi api = TelegramApi.open(FakeBotApi.TOKEN, fake.url());
        TimeSource time = TimeSource.SYSTEM;
        sender = new Notifier(jdbi, new TelegramGateway(api), new Throttle(ThrottleSettings.TELEGRAM, time),
                new ChatRegistry(jdbi, time), time, 4).start();
        try {
            bot = TelegramBot.start(api, answers, menu, membership, inline, new Inbox(jdbi, time), sender::poke);
        } catch (RuntimeException e) {
            sender.close();
            api.close();
            throw e;
        }
    }

    PollingBot(FakeBotApi fake, Bot answers, List<MenuEntry> menu, ChatMembershipListener membership) {
        this(fake, answers, menu, membership, InlineSource.NONE);
    }

    @Override
    public void close() {
        bot.stopPolling();
        sender.close();
        bot.close();
    }
}
