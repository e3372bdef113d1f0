package org.talksbot.notify;

import java.time.Duration;

/** One scan of the sender over the due rows: how many it sent, the soonest wait of those passed over. */
final class DeliveryPass {

    int attempted;
    /** Ended early for a reply queued meanwhile: look again at once. */
    boolean restart;
    /** Passed over a chat whose message was on its way (it may have finished since). */
    boolean sawInFlight;
    Duration soonest;

    void waitFor(long chatId, Duration wait) {
        soonest = soonest == null || wait.compareTo(soonest) < 0 ? wait : soonest;
    }
}
