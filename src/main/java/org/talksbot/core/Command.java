package org.talksbot.core;

import org.talksbot.i18n.Messages;

/** One slash command: its name (no slash), how to use it, and how it answers. */
public interface Command {

    /** Name as typed after the slash: {@code a-z0-9_}, 1-32 characters. */
    String name();

    /** Usage line for /help in the reader's language, e.g. {@code /who ИМЯ}. */
    String usage(Messages messages);

    /** One line for /help and the Telegram command menu, in the reader's language. */
    String description(Messages messages);

    /** Answers the command; {@code args} is the text after the command, stripped (may be empty). */
    Reply answer(Request request, String args);

    /** Whether only the bot's operators may use it (/stats, /reload): /help lists such commands apart, marked. */
    default boolean operatorsOnly() {
        return false;
    }

    /** Whether the command appears in the Telegram menu (admin-only commands do not). */
    default boolean inMenu() {
        return true;
    }
}
