package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplyLatencyTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ReplyLatency latency = new ReplyLatency(now::get);

    @Test
    void aReplyIsTimedFromTheResponseThatBroughtItsUpdateToItsSendMessage() {
        latency.responseArrived();
        advanceMicros(300);  // reading the response, storing the update
        latency.received(List.of(7L));
        advanceMicros(2_700);

        latency.sending(7);

        ReplyLatency.Summary summary = latency.summary();
        assertEquals(1, summary.replies());
        assertEquals(3_000, summary.recent().p50());
    }

    @Test
    void onlyTheFirstMessageAfterAnUpdateIsTimedAndMessagesNobodyWaitsForAreNot() {
        latency.responseArrived();
        latency.received(List.of(7L));
        advanceMicros(1_000);
        latency.sending(7);
        advanceMicros(5_000);
        latency.sending(7);   // the second part of a long reply
        latency.sending(8);   // a notification

        assertEquals(1, latency.summary().replies());
        assertEquals(1_000, latency.summary().recent().max());
    }

    @Test
    void theFirstHundredRepliesAreAlsoLeftOutOfTheWarmFigures() {
        for (int i = 0; i < 300; i++) {
            latency.responseArrived();
            latency.received(List.of((long) i));
            advanceMicros(i < ReplyLatency.WARM_UP ? 50_000 : 2_000);
            latency.sending(i);
        }

        ReplyLatency.Summary summary = latency.summary();
        assertEquals(300, summary.recent().replies());
        assertEquals(50_000, summary.recent().max());
        assertEquals(200, summary.afterWarmUp().replies());
        assertEquals(2_000, summary.afterWarmUp().p99());
    }

    @Test
    void theLoggedLineLeavesOutTheWarmFiguresUntilThereAreAny() {
        latency.responseArrived();
        latency.received(List.of(7L));
        advanceMicros(2_500);
        latency.sending(7);

        assertEquals("1 replies; update received -> sendMessage p50 2.50 ms, p99 2.50 ms, max 2.50 ms (1)",
                latency.summary().toString());
    }

    @Test
    void onlyTheLastTenThousandRepliesAreKept() {
        for (int i = 0; i < ReplyLatency.KEPT + 5; i++) {
            latency.responseArrived();
            latency.received(List.of(1L));
            advanceMicros(i < 5 ? 90_000 : 1_000);
            latency.sending(1);
        }

        ReplyLatency.Summary summary = latency.summary();
        assertEquals(ReplyLatency.KEPT + 5, summary.replies());
        assertEquals(1_000, summary.recent().max(), "the five slow ones were the oldest");
        assertEquals(ReplyLatency.KEPT - (ReplyLatency.WARM_UP - 5), summary.afterWarmUp().replies(),
                "replies 5 to 99 are kept but still the warm-up");
    }

    private void advanceMicros(long micros) {
        now.addAndGet(micros * 1_000);
    }
}
