package org.talksbot.notify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.talksbot.core.Reply;

/** One call of the notifier's deliverDue: a connection held throughout, since a message costs two statements. */
final class DeliveryRun {

    final OutboxQueries outbox;
    final AtomicInteger sent = new AtomicInteger();
    long firstNanos;
    final Map<String, Optional<Reply>> rendered = new HashMap<>();
    /** Rows handed to a sender in this run: a batch read earlier may still list them as pending. */
    final Set<Long> handed = new HashSet<>();
    /** Chats whose message failed in this run (parallel senders): their stale pending rows wait. */
    final Set<Long> failedChats = ConcurrentHashMap.newKeySet();

    DeliveryRun(OutboxQueries outbox) {
        this.outbox = outbox;
    }
}
