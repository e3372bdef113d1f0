package org.talksbot.notify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.talksbot.core.Reply;

/** One call of the sender's deliverDue: what it sent, rendered and handed to a sender thread. */
final class DeliveryRun {

    final AtomicInteger sent = new AtomicInteger();
    long firstNanos;
    final Map<String, Optional<Reply>> rendered = new HashMap<>();
    /** Rows handed to a sender in this run: a batch read earlier may still list them as pending. */
    final Set<Long> handed = ConcurrentHashMap.newKeySet();
}
