package org.talksbot.notify;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talksbot.core.Reply;

/**
 * A gateway that behaves like Telegram's flood control: more than {@code perSecond} messages in a
 * rolling second, two to one chat within a second, or more than 20 to a group (negative id) in a
 * rolling minute get a 429. Chosen chats can be made unreachable or fail transiently.
 */
final class FakeTelegram implements ChatGateway {

    record Sent(long chatId, Reply reply, long nanos, boolean silent) {
    }

    private static final long SECOND = 1_000_000_000L;
    private final TimeSource time;
    private final int perSecond;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final Map<Long, List<Long>> byChat = new HashMap<>();
    final List<Sent> sent = new ArrayList<>();
    final Set<Long> unreachable = new HashSet<>();
    final Map<Long, Integer> transientFailures = new HashMap<>();
    final Map<Long, Duration> floodOnce = new HashMap<>();
    final Set<Long> rejecting = new HashSet<>();
    int rateLimited;

    FakeTelegram(TimeSource time, int perSecond) {
        this.time = time;
        this.perSecond = perSecond;
    }

    @Override
    public void send(long chatId, Reply reply) throws DeliveryException {
        send(chatId, reply, false);
    }

    @Override
    public synchronized void send(long chatId, Reply reply, boolean silent) throws DeliveryException {
        long now = time.nanos();
        if (unreachable.contains(chatId)) {
            throw new DeliveryException(DeliveryException.Kind.CHAT_UNREACHABLE, "Forbidden: bot was blocked", null);
        }
        if (transientFailures.getOrDefault(chatId, 0) > 0) {
            transientFailures.merge(chatId, -1, Integer::sum);
            throw new DeliveryException(DeliveryException.Kind.TRANSIENT, "502 Bad Gateway", null);
        }
        if (rejecting.contains(chatId)) {
            throw new DeliveryException(DeliveryException.Kind.REJECTED, "Bad Request: can't parse entities", null);
        }
        Duration flood = floodOnce.remove(chatId);
        if (flood != null || overLimit(now, chatId)) {
            rateLimited++;
            throw new DeliveryException(DeliveryException.Kind.RATE_LIMITED, "Too Many Requests",
                    flood != null ? flood : Duration.ofSeconds(1));
        }
        recent.addLast(now);
        byChat.computeIfAbsent(chatId, id -> new ArrayList<>()).add(now);
        sent.add(new Sent(chatId, reply, now, silent));
    }

    private boolean overLimit(long now, long chatId) {
        while (!recent.isEmpty() && now - recent.peekFirst() >= SECOND) {
            recent.pollFirst();
        }
        if (recent.size() >= perSecond) {
            return true;
        }
        List<Long> times = byChat.getOrDefault(chatId, List.of());
        if (!times.isEmpty() && now - times.get(times.size() - 1) < SECOND) {
            return true;
        }
        return chatId < 0 && times.stream().filter(t -> now - t < 60 * SECOND).count() >= 20;
    }

    synchronized List<Long> recipients() {
        return sent.stream().map(Sent::chatId).toList();
    }

    synchronized long countTo(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).count();
    }
}
