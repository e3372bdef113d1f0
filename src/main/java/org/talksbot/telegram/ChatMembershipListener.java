package org.talksbot.telegram;

/** Told when the bot is blocked or removed from a chat (cannot write) and when it is back (can write). */
@FunctionalInterface
public interface ChatMembershipListener {

    void changed(long chatId, boolean botCanWrite);

    ChatMembershipListener NONE = (chatId, botCanWrite) -> { };
}
