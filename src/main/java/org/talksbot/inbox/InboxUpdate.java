package org.talksbot.inbox;

/** An update as the inbox keeps it: Telegram's id, the chat whose turn it takes, the update itself as JSON. */
public record InboxUpdate(long updateId, long chatId, String payload) {
}
