package org.talksbot.notify;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps every message the bot sends within Telegram's flood limits: N per rolling second overall,
 * one per interval to a chat, M per rolling minute to a group. Replies to users go first (while one
 * waits in {@link #awaitReplySlot}, the notifier gets no slot) and in the order they asked.
 *
 * <p>A message counts from when its slot is taken, i.e. when it is sent. When its request completes
 * ({@link #sent(long)}), its time moves later by however much its round trip exceeded the
 * fastest one so far: at a steady network latency every message keeps its send time, so latency costs
 * no rate, while a request that was held up somewhere counts from when the server may have seen it.
 */
public final class Throttle {

    private static final long NEVER = Long.MIN_VALUE;
    private static final long SECOND = 1_000_000_000L;
    private static final Duration YIELD = Duration.ofMillis(2);
    private static final long QUEUED_REPLY_NAP = 1_000_000L;
    private static final int PRUNE_EVERY = 1024;
    /** Longer than any request can take (OkHttp gives up on a write after 30 s). */
    private static final long FORGET_AFTER = 60 * SECOND;
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
    /** When each message of the last window was sent (or, after a slow round trip, seen), oldest first. */
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final Map<Long, ChatState> chats = new HashMap<>();
    /** Messages on their way, replies and notifications: chat to when their slot was taken (one per chat). */
    private final Map<Long, Long> inFlight = new HashMap<>();
    /** Replies waiting for a slot, in the order they asked: ticket to chat. */
    private final LinkedHashMap<Long, Long> replyQueue = new LinkedHashMap<>();
    private long fastestRoundTrip = NEVER;
    private int globalLimit;
    private long globalPausedUntil = NEVER;
    private long nextSlot = NEVER;
    private long lastChat;
    private long lastRateLimitAt = NEVER;
    private long lastRateLimitChat;
    private long nextTicket;
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
        if (!replyQueue.isEmpty()) {
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

    /** The message whose slot was taken last has left (delivered or not); see {@link #sent(long)}. */
    public synchronized void sent() {
        sent(lastChat);
    }

    /**
     * The request of the message (reply or notification) to {@code chatId} has completed, delivered or
     * not. Its time in every window moves later by how much its round trip exceeded the fastest so far.
     */
    public synchronized void sent(long chatId) {
        Long stamp = inFlight.remove(chatId);
        if (stamp == null) {
            return;
        }
        long seen = seen(stamp);
        if (seen == stamp) {
            return;
        }
        ChatState chat = chats.get(chatId);
        if (chat != null) {
            chat.last = Math.max(chat.last, seen);
            if (chat.recent != null && chat.recent.removeLastOccurrence(stamp)) {
                insertInOrder(chat.recent, seen);
            }
        }
    }

    /** Moves a completed request's time in the global window to when the server may have seen it. */
    private long seen(long stamp) {
        long now = time.nanos();
        long seen = Math.max(stamp, now - fastestRoundTrip(now - stamp));
        if (seen != stamp && recent.removeLastOccurrence(stamp)) {
            insertInOrder(recent, seen);
        }
        return seen;
    }

    /**
     * Called before each reply to a user: blocks until the reply may go, ahead of any notification and
     * after the replies that asked before it (unless Telegram paused their chats). Call
     * {@link #sent(long)} once its request has completed.
     */
    public void awaitReplySlot(long chatId) throws InterruptedException {
        long ticket;
        synchronized (this) {
            ticket = nextTicket++;
            replyQueue.put(ticket, chatId);
        }
        try {
            while (true) {
                long wait;
                synchronized (this) {
                    long now = time.nanos();
                    ChatState chat = chats.get(chatId);
                    wait = Math.max(globalWaitNanos(now), pausedNanos(chat, now));
                    if (wait <= 0 && firstReadyReply(now) == ticket) {
                        replyQueue.remove(ticket);
                        record(now, chatId, chat != null && chat.recent != null);
                        inFlight.put(chatId, now);
                        return;
                    }
                    if (wait <= 0) {
                        wait = QUEUED_REPLY_NAP;  // a reply that asked earlier goes first
                    }
                }
                time.sleep(Duration.ofNanos(wait));
            }
        } finally {
            synchronized (this) {
                replyQueue.remove(ticket);
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

    /** The ticket of the first queued reply whose chat is not paused, or -1. */
    private long firstReadyReply(long now) {
        for (Map.Entry<Long, Long> queued : replyQueue.entrySet()) {
            if (pausedNanos(chats.get(queued.getValue()), now) <= 0) {
                return queued.getKey();
            }
        }
        return -1;
    }

    /**
     * The fastest round trip seen so far, this one included. The first ever counts in full: until one is
     * measured, a message counts from when its request completed. It is the fastest ever, not of the last
     * few, because a run of slow round trips (a busy machine) would otherwise hide how much later than the
     * fastest a message may have arrived; if the network gets slower for good, messages only count longer.
     */
    private long fastestRoundTrip(long roundTrip) {
        boolean first = fastestRoundTrip == NEVER;
        fastestRoundTrip = first ? roundTrip : Math.min(fastestRoundTrip, roundTrip);
        return first ? 0 : fastestRoundTrip;
    }

    private long globalWaitNanos(long now) {
        while (!recent.isEmpty() && now - recent.peekFirst() >= globalWindow) {
            recent.pollFirst();
        }
        // a notification still on its way after a whole window counts until it completes
        int stalled = 0;
        for (var sending = inFlight.values().iterator(); sending.hasNext(); ) {
            long age = now - sending.next();
            if (age >= FORGET_AFTER) {
                sending.remove();  // no one said it completed; its request has long timed out
            } else if (age >= globalWindow) {
                stalled++;
            }
        }
        long wait = 0;
        if (recent.size() + stalled >= globalLimit) {
            wait = recent.size() >= globalLimit ? recent.peekFirst() + globalWindow - now : YIELD.toNanos();
        }
        if (globalPausedUntil != NEVER) {
            wait = Math.max(wait, globalPausedUntil - now);
        }
        if (nextSlot != NEVER) {
            wait = Math.max(wait, nextSlot - now);
        }
        return wait;
    }

    private static long pausedNanos(ChatState chat, long now) {
        return chat == null || chat.pausedUntil == NEVER ? 0 : chat.pausedUntil - now;
    }

    private long chatWaitNanos(long now, long chatId, boolean group) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            return 0;
        }
        long wait = chat.last == NEVER ? 0 : chat.last + chatInterval - now;
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
            chats.entrySet().removeIf(entry -> now - entry.getValue().last > groupWindow
                    && pausedNanos(entry.getValue(), now) <= 0 && !inFlight.containsKey(entry.getKey()));
        }
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
