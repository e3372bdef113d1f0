package org.talksbot.notify;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** One scan of the notifier over the due rows: what it sent, whom it passed over, the soonest wait. */
final class DeliveryPass {

    int attempted;
    Duration soonest;
    final Set<Long> passedOver = new HashSet<>();

    void waitFor(long chatId, Duration wait) {
        passedOver.add(chatId);
        soonest = soonest == null || wait.compareTo(soonest) < 0 ? wait : soonest;
    }
}
