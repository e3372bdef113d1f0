package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UpdatesRequestTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void pollingAsksForUpdatesAfterTheLastOneSeen() {
        UpdatesRequest request = new UpdatesRequest(clock);

        assertEquals(41, request.apply(40).getOffset());
        assertEquals(50, request.apply(40).getTimeout());
    }

    @Test
    void afterLongSilenceTheOffsetStartsOverSoRestartedIdsAreNotLost() {
        UpdatesRequest request = new UpdatesRequest(clock);
        AtomicInteger pollerLastReceived = new AtomicInteger(40);
        request.attach(pollerLastReceived);

        now = now.plus(Duration.ofDays(5));
        request.updatesArrived();
        now = now.plus(Duration.ofDays(5));
        assertEquals(41, request.apply(40).getOffset());

        now = now.plus(Duration.ofDays(2));
        assertEquals(1, request.apply(40).getOffset());
        assertEquals(0, pollerLastReceived.get());
    }
}
