package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Telegram's flood control for {@link FakeBotApi}: a sendMessage past {@code globalPerSecond} in any
 * rolling second, within {@code perChatInterval} of the chat's last accepted message, or past
 * {@code groupPerMinute} in a group's rolling minute is refused with 429 and a retry_after.
 * Only accepted messages count. Install with {@code fake.intercept(limits)}.
 */
public final class FakeRateLimits implements FakeBotApi.Interceptor {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private final int globalPerSecond;
    private final long perChatInterval;
    private final int groupPerMinute;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final Map<Long, Long> lastByChat = new HashMap<>();
    private final Map<Long, ArrayDeque<Long>> recentByGroup = new HashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final java.util.List<Long> refusedAt = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final LongSupplier clock;

    public FakeRateLimits(int globalPerSecond, Duration perChatInterval, int groupPerMinute) {
        this(globalPerSecond, perChatInterval, groupPerMinute, System::nanoTime);
    }

    /** Limits kept on {@code clock} (nanoseconds), e.g. the virtual time the bot runs on. */
    public FakeRateLimits(int globalPerSecond, Duration perChatInterval, int groupPerMinute, LongSupplier clock) {
        this.clock = clock;
        this.globalPerSecond = globalPerSecond;
        this.perChatInterval = perChatInterval.toNanos();
        this.groupPerMinute = groupPerMinute;
    }

    /** Telegram's documented limits: 30 messages per second, one per second to a chat, 20 per minute to a group. */
    public static FakeRateLimits telegram() {
        return new FakeRateLimits(30, Duration.ofSeconds(1), 20);
    }

    /** Telegram's limits on {@code clock}. */
    public static FakeRateLimits telegram(LongSupplier clock) {
        return new FakeRateLimits(30, Duration.ofSeconds(1), 20, clock);
    }

    /** How many messages were refused with 429. */
    public int tooManyRequests() {
        return refused.get();
    }

    /** When each 429 was given, on the limits' clock. */
    public java.util.List<Long> refusedAt() {
        return java.util.List.copyOf(refusedAt);
    }

    /** How many messages passed the limits. */
    public int accepted() {
        return accepted.get();
    }

    @Override
    public synchronized Optional<FakeFailure> intercept(String method, JsonNode body) {
        if (!method.equals("sendMessage")) {
            return Optional.empty();
        }
        long chatId = body.path("chat_id").asLong();
        long now = clock.getAsLong();
        while (!recent.isEmpty() && now - recent.peekFirst() >= SECOND) {
            recent.pollFirst();
        }
        long wait = 0;
        if (recent.size() >= globalPerSecond) {
            wait = recent.peekFirst() + SECOND - now;
        }
        Long last = lastByChat.get(chatId);
        if (last != null && now - last < perChatInterval) {
            wait = Math.max(wait, last + perChatInterval - now);
        }
        ArrayDeque<Long> group = chatId < 0 ? recentByGroup.computeIfAbsent(chatId, id -> new ArrayDeque<>()) : null;
        if (group != null) {
            while (!group.isEmpty() && now - group.peekFirst() >= MINUTE) {
                group.pollFirst();
            }
            if (group.size() >= groupPerMinute) {
                wait = Math.max(wait, group.peekFirst() + MINUTE - now);
            }
        }
        if (wait > 0) {
            refused.incrementAndGet();
            refusedAt.add(now);
            int seconds = (int) Math.max(1, (wait + SECOND - 1) / SECOND);
            return Optional.of(FakeFailure.tooManyRequests(seconds));
        }
        recent.addLast(now);
        lastByChat.put(chatId, now);
        if (group != null) {
            group.addLast(now);
        }
        accepted.incrementAndGet();
        return Optional.empty();
    }
}
