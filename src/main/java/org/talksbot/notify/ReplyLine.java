package org.talksbot.notify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replies waiting for a slot, in the order they asked; one whose chat Telegram paused lets those behind it
 * go first. Not thread-safe: the {@link Throttle} calls it under its lock.
 */
final class ReplyLine {

    /** Ticket to chat, in the order they asked. */
    private final LinkedHashMap<Long, Long> waiting = new LinkedHashMap<>();
    private long nextTicket;

    /** Joins the line; returns the reply's ticket. */
    long join(long chatId) {
        long ticket = nextTicket++;
        waiting.put(ticket, chatId);
        return ticket;
    }

    void leave(long ticket) {
        waiting.remove(ticket);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The ticket of the first reply whose chat is not paused, or -1. */
    long firstReady(long now, ChatWindows chats) {
        for (Map.Entry<Long, Long> queued : waiting.entrySet()) {
            if (chats.pausedNanos(queued.getValue(), now) <= 0) {
                return queued.getKey();
            }
        }
        return -1;
    }
}
