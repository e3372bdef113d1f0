package org.talksbot.notify;

import java.time.Duration;

/**
 * Keeps every message the bot sends within Telegram's flood limits: N per rolling second overall
 * ({@link OverallWindow}, which also says where a message counts once its round trip is known), one per
 * interval to a chat and M per rolling minute to a group ({@link ChatWindows}), and the pauses 429s ask
 * for ({@link FloodControl}). Replies to users go first (while one waits in {@link #awaitReplySlot}, the
 * notifier gets no slot) and in the order they asked ({@link ReplyLine}).
 */
public final class Throttle {

    static final long NEVER = Long.MIN_VALUE;
    static final long SECOND = 1_000_000_000L;
    static final Duration YIELD = Duration.ofMillis(2);
    private static final long QUEUED_REPLY_NAP = 1_000_000L;

    private final TimeSource time;
    private final OverallWindow overall;
    private final ChatWindows chats;
    private final FloodControl flood;
    private final ReplyLine replies = new ReplyLine();
    private long lastChat;

    public Throttle(ThrottleSettings settings, TimeSource time) {
        this.time = time;
        this.overall = new OverallWindow(settings.stretched(Duration.ofSeconds(1)));
        this.chats = new ChatWindows(settings.stretched(settings.perChatInterval()),
                settings.stretched(Duration.ofMinutes(1)), settings.groupPerMinute(), overall::onItsWay);
        this.flood = new FloodControl(settings.globalPerSecond());
    }

    /** How long this chat must wait before its next notification; zero if it may have one now. */
    public synchronized Duration chatWait(long chatId, boolean group) {
        return Duration.ofNanos(Math.max(0, chats.waitNanos(time.nanos(), chatId, group)));
    }

    /** Takes a notification slot for the chat and returns zero, or returns how long to wait first. */
    public synchronized Duration tryAcquire(long chatId, boolean group) {
        long now = time.nanos();
        if (!replies.isEmpty()) {
            return YIELD;
        }
        long wait = Math.max(globalWaitNanos(now), chats.waitNanos(now, chatId, group));
        if (wait > 0) {
            return Duration.ofNanos(wait);
        }
        record(now, chatId, group);
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
        OverallWindow.Sending sending = overall.complete(chatId, time.nanos());
        if (sending == null) {
            return;
        }
        long seen = overall.placed(sending);
        if (seen != sending.stamp) {
            chats.movedLater(chatId, sending.stamp, seen);
        }
    }

    /**
     * Called before each reply to a user: blocks until the reply may go, ahead of any notification and
     * after the replies that asked before it (unless Telegram paused their chats). Call
     * {@link #sent(long)} once its request has completed.
     */
    public void awaitReplySlot(long chatId) throws InterruptedException {
        long ticket;
        synchronized (this) {
            ticket = replies.join(chatId);
        }
        try {
            while (true) {
                long wait;
                synchronized (this) {
                    long now = time.nanos();
                    wait = Math.max(globalWaitNanos(now), chats.pausedNanos(chatId, now));
                    if (wait <= 0 && replies.firstReady(now, chats) == ticket) {
                        replies.leave(ticket);
                        record(now, chatId, chats.countedAsGroup(chatId));
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
                replies.leave(ticket);
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
        chats.pauseUntil(chatId, until);
        flood.limited(now, chatId, until);
    }

    /** Messages per second currently allowed overall (lower than configured after global 429s). */
    public synchronized int globalLimit() {
        return flood.limit();
    }

    private long globalWaitNanos(long now) {
        return Math.max(overall.waitNanos(now, flood.limit()), flood.pausedNanos(now));
    }

    private void record(long now, long chatId, boolean group) {
        overall.take(now, chatId, flood.limit());
        chats.record(now, chatId, group);
    }
}
