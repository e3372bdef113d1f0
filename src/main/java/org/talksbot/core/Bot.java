package org.talksbot.core;

/** The transport-free bot: one request in, one reply out. Adapters (Telegram, console) wrap it. */
@FunctionalInterface
public interface Bot {
    Reply answer(Request request);
}
