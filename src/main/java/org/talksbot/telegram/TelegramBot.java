package org.talksbot.telegram;

import java.util.List;
import org.talksbot.core.Bot;
import org.talksbot.core.MenuEntry;

/** Skeleton: the long-polling adapter. Replaced by the telegram feature. */
public final class TelegramBot implements AutoCloseable {

    public static TelegramBot start(String token, String apiUrl, Bot bot, List<MenuEntry> menu) {
        return new TelegramBot();
    }

    public void awaitShutdown() {
    }

    @Override
    public void close() {
    }
}
