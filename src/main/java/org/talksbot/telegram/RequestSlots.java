package org.talksbot.telegram;

import org.talksbot.notify.ChatGateway.NextRequest;

/**
 * Told before each Bot API request of one message: the first goes on the slot the sender already took,
 * every later one (another part, a resend as plain text, the text after a refused photo) waits for its
 * own, because Telegram counts each request against its limits.
 */
final class RequestSlots {

    private final NextRequest next;
    private boolean first = true;

    RequestSlots(NextRequest next) {
        this.next = next;
    }

    void beforeRequest() {
        if (first) {
            first = false;
            return;
        }
        try {
            next.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting to send the rest of a message", e);
        }
    }
}
