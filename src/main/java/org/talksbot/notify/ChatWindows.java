package org.talksbot.notify;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The limits of each chat: one message per interval to a chat, M per rolling window (a minute) to a
 * group, and the pause Telegram asks for with a 429. Chats idle for a window are forgotten now and then,
 * so the map does not grow with every chat ever written to. Not thread-safe: the {@link Throttle} calls
 * it under its lock.
 */
final class ChatWindows {

    private static final long NEVER = Throttle.NEVER;
    private static final int FORGET_EVERY = 1024;

    private final long interval;
    private final long groupWindow;
    private final int groupLimit;
    /** True for a chat with a message on its way: it is not forgotten. */
    private final Predicate<Long> onItsWay;
    private final Map<Long, ChatState> chats = new HashMap<>();
    private int recordsSinceForgetting;

    private static final class ChatState {
        long last = NEVER;
        long pausedUntil = NEVER;
        /** When its last messages went, oldest first: kept for groups only. */
        ArrayDeque<Long> recent;
    }

    ChatWindows(long interval, long groupWindow, int groupLimit, Predicate<Long> onItsWay) {
        this.interval = interval;
        this.groupWindow = groupWindow;
        this.groupLimit = groupLimit;
        this.onItsWay = onItsWay;
    }

    /** How long the chat must wait before its next message (0 or less: it may have one now). */
    long waitNanos(long now, long chatId, boolean group) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            return 0;
        }
        long wait = chat.last == NEVER ? 0 : chat.last + interval - now;
        wait = Math.max(wait, pausedNanos(chat, now));
        if (group && chat.recent != null) {
            while (!chat.recent.isEmpty() && now - chat.recent.peekFirst() >= groupWindow) {
                chat.recent.pollFirst();
            }
            if (chat.recent.size() >= groupLimit) {
                wait = Math.max(wait, chat.recent.peekFirst() + groupWindow - now);
            }
        }
        return wait;
    }

    /** How long Telegram's pause of the chat lasts (0 or less: none). */
    long pausedNanos(long chatId, long now) {
        return pausedNanos(chats.get(chatId), now);
    }

    private static long pausedNanos(ChatState chat, long now) {
        return chat == null || chat.pausedUntil == NEVER ? 0 : chat.pausedUntil - now;
    }

    /** True if the chat was counted as a group (it keeps a window of its recent messages). */
    boolean countedAsGroup(long chatId) {
        ChatState chat = chats.get(chatId);
        return chat != null && chat.recent != null;
    }

    /** A message to the chat takes its slot now. */
    void record(long now, long chatId, boolean group) {
        ChatState chat = chats.computeIfAbsent(chatId, id -> new ChatState());
        chat.last = now;
        if (group) {
            if (chat.recent == null) {
                chat.recent = new ArrayDeque<>();
            }
            chat.recent.addLast(now);
        }
        if (++recordsSinceForgetting >= FORGET_EVERY) {
            recordsSinceForgetting = 0;
            chats.entrySet().removeIf(entry -> now - entry.getValue().last > groupWindow
                    && pausedNanos(entry.getValue(), now) <= 0 && !onItsWay.test(entry.getKey()));
        }
    }

    /** The message sent at {@code stamp} counts from {@code seen} (later) instead, in the chat's windows. */
    void movedLater(long chatId, long stamp, long seen) {
        ChatState chat = chats.get(chatId);
        if (chat != null) {
            chat.last = Math.max(chat.last, seen);
            if (chat.recent != null && chat.recent.removeLastOccurrence(stamp)) {
                insertInOrder(chat.recent, seen);
            }
        }
    }

    /** Nothing goes to the chat until {@code until} (a later pause already set stays). */
    void pauseUntil(long chatId, long until) {
        ChatState chat = chats.computeIfAbsent(chatId, id -> new ChatState());
        chat.pausedUntil = chat.pausedUntil == NEVER ? until : Math.max(chat.pausedUntil, until);
    }

    /** Adds {@code stamp} keeping the deque oldest first (it is nearly always among the last few). */
    private static void insertInOrder(ArrayDeque<Long> deque, long stamp) {
        ArrayDeque<Long> later = new ArrayDeque<>();
        while (!deque.isEmpty() && deque.peekLast() > stamp) {
            later.push(deque.pollLast());
        }
        deque.addLast(stamp);
        deque.addAll(later);
    }
}
