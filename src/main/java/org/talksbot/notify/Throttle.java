package org.talksbot.notify;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps every message the bot sends within Telegram's flood limits: N per rolling second overall,
 * one per interval to a chat, M per rolling minute to a group. Replies to users go first: while
 * one waits in {@link #awaitReplySlot}, the notifier gets no slot.
 */
public final class Throttle {

    private static final long NEVER = Long.MIN_VALUE;
    private static final long SECOND = 1_000_000_000L;
    private static final Duration YIELD = Duration.ofMillis(2);
    private static final int PRUNE_EVERY = 1024;
    /**
     * How far behind its even schedule the sender may catch up (in slots, or a tenth of the
     * window, whichever is more), so late wake-ups do not lower the average rate; the rolling
     * window still caps every second.
     */
    private static final int CATCH_UP = 4;

    private final TimeSource time;
    private final long globalWindow;
    private final long chatInterval;
    private final long groupWindow;
    private final int groupLimit;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final Map<Long, ChatState> chats = new HashMap<>();
    private int globalLimit;
    private long globalPausedUntil = NEVER;
    private long nextSlot = NEVER;
    /** Slots taken by notifications still on their way, by chat (a chat has at most one in flight). */
    private final Map<Long, Long> inFlight = new HashMap<>();
    private long lastChat;
    private long lastRateLimitAt = NEVER;
    private long lastRateLimitChat;
    private int repliesWaiting;
    private int recordsSincePrune;

    private static final class ChatState {
        long last = NEVER;
        long pausedUntil = NEVER;
        ArrayDeque<Long> recent;
    }

    public Throttle(ThrottleSettings settings, TimeSource time) {
        this.time = time;
        this.globalLimit = settings.globalPerSecond();
        this.globalWindow = settings.stretched(Duration.ofSeconds(1));
        this.chatInterval = settings.stretched(settings.perChatInterval());
        this.groupWindow = settings.stretched(Duration.ofMinutes(1));
        this.groupLimit = settings.groupPerMinute();
    }

    /** How long this chat must wait before its next notification; zero if it may have one now. */
    public synchronized Duration chatWait(long chatId, boolean group) {
        return Duration.ofNanos(Math.max(0, chatWaitNanos(time.nanos(), chatId, group)));
    }

    /** Takes a notification slot for the chat and returns zero, or returns how long to wait first. */
    public synchronized Duration tryAcquire(long chatId, boolean group) {
        long now = time.nanos();
        if (repliesWaiting > 0) {
            return YIELD;
        }
        long wait = Math.max(globalWaitNanos(now), chatWaitNanos(now, chatId, group));
        if (wait > 0) {
            return Duration.ofNanos(wait);
        }
        record(now, chatId, group);
        inFlight.put(chatId, now);
        lastChat = chatId;
        return Duration.ZERO;
    }

    /**
     * The notification whose slot was taken last has left (delivered or not). Its time in every
     * window moves to now: the server saw it no later than this, so however long the request took,
     * the next one counted against it cannot reach the server inside the same window.
     */
    public synchronized void sent() {
        sent(lastChat);
    }

    /** As {@link #sent()}, for the notification to {@code chatId} when several senders work at once. */
    public synchronized void sent(long chatId) {
        Long stamp = inFlight.remove(chatId);
        if (stamp == null) {
            return;
        }
        long now = time.nanos();
        if (recent.removeLastOccurrence(stamp)) {
            recent.addLast(now);
        }
        ChatState chat = chats.get(chatId);
        if (chat != null) {
            chat.last = Math.max(chat.last, now);
            if (chat.recent != null && chat.recent.removeLastOccurrence(stamp)) {
                chat.recent.addLast(now);
            }
        }
    }

    /** Called before each reply to a user: blocks until the reply may go, ahead of any notification. */
    public void awaitReplySlot(long chatId) throws InterruptedException {
        synchronized (this) {
            repliesWaiting++;
        }
        try {
            while (true) {
                long wait;
                synchronized (this) {
                    long now = time.nanos();
                    ChatState chat = chats.get(chatId);
                    long paused = chat == null || chat.pausedUntil == NEVER ? 0 : chat.pausedUntil - now;
                    wait = Math.max(globalWaitNanos(now), paused);
                    if (wait <= 0) {
                        record(now, chatId, chat != null && chat.recent != null);
                        return;
                    }
                }
                time.sleep(Duration.ofNanos(wait));
            }
        } finally {
            synchronized (this) {
                repliesWaiting--;
            }
        }
    }

    /**
     * A 429 for this chat: nothing goes to it for {@code retryAfter}. Two chats limited within a
     * second means the limit was global: everything pauses and the overall rate drops by a fifth.
     */
    public synchronized void rateLimited(long chatId, Duration retryAfter) {
        long now = time.nanos();
        long until = now + Math.max(retryAfter.toNanos(), SECOND);
        ChatState chat = chats.computeIfAbsent(chatId, id -> new ChatState());
        chat.pausedUntil = chat.pausedUntil == NEVER ? until : Math.max(chat.pausedUntil, until);
        if (lastRateLimitAt != NEVER && lastRateLimitChat != chatId && now - lastRateLimitAt < SECOND) {
            globalPausedUntil = until;
            globalLimit = Math.max(1, globalLimit * 4 / 5);
        }
        lastRateLimitAt = now;
        lastRateLimitChat = chatId;
    }

    /** Messages per second currently allowed overall (lower than configured after global 429s). */
    public synchronized int globalLimit() {
        return globalLimit;
    }

    private long globalWaitNanos(long now) {
        while (!recent.isEmpty() && now - recent.peekFirst() >= globalWindow) {
            recent.pollFirst();
        }
        long wait = recent.size() < globalLimit ? 0 : recent.peekFirst() + globalWindow - now;
        if (globalPausedUntil != NEVER) {
            wait = Math.max(wait, globalPausedUntil - now);
        }
        if (nextSlot != NEVER) {
            wait = Math.max(wait, nextSlot - now);
        }
        return wait;
    }

    private long chatWaitNanos(long now, long chatId, boolean group) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            return 0;
        }
        long wait = chat.last == NEVER ? 0 : chat.last + chatInterval - now;
        if (chat.pausedUntil != NEVER) {
            wait = Math.max(wait, chat.pausedUntil - now);
        }
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

    private void record(long now, long chatId, boolean group) {
        recent.addLast(now);
        long spacing = globalWindow / globalLimit;
        long earliest = now - Math.max(CATCH_UP * spacing, globalWindow / 10);
        nextSlot = (nextSlot == NEVER ? earliest : Math.max(nextSlot, earliest)) + spacing;
        ChatState chat = chats.computeIfAbsent(chatId, id -> new ChatState());
        chat.last = now;
        if (group) {
            if (chat.recent == null) {
                chat.recent = new ArrayDeque<>();
            }
            chat.recent.addLast(now);
        }
        if (++recordsSincePrune >= PRUNE_EVERY) {
            recordsSincePrune = 0;
            chats.values().removeIf(state -> now - state.last > groupWindow
                    && (state.pausedUntil == NEVER || state.pausedUntil < now));
        }
    }
}
