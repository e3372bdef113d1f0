package org.talksbot.core;

/** One slash command: its name (no slash), how to use it, and how it answers. */
public interface Command {

    /** Name as typed after the slash: {@code a-z0-9_}, 1-32 characters. */
    String name();

    /** Usage line for /help, e.g. {@code /latest [n]}. */
    String usage();

    /** One line for /help and the Telegram command menu. */
    String description();

    /** Answers the command; {@code args} is the text after the command, stripped (may be empty). */
    Reply answer(Request request, String args);

    /** Whether the command appears in the Telegram menu (admin-only commands do not). */
    default boolean inMenu() {
        return true;
    }
}
