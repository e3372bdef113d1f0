package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UpdatesRequestTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void pollingAsksForUpdatesAfterTheLastOneSeen() {
        UpdatesRequest request = new UpdatesRequest(clock);

        assertEquals(41, request.apply(40).getOffset());
        assertEquals(50, request.apply(40).getTimeout());
    }

    @Test
    void pollingNamesEveryKindOfUpdateItHandlesIncludingInlineQueries() {
        UpdatesRequest request = new UpdatesRequest(clock);

        assertEquals(List.of("message", "callback_query", "inline_query", "my_chat_member"),
                request.apply(0).getAllowedUpdates());
    }

    @Test
    void afterLongSilenceTheOffsetStartsOverSoRestartedIdsAreNotLost() {
        UpdatesRequest request = new UpdatesRequest(clock);
        AtomicInteger pollerLastReceived = new AtomicInteger(40);
        request.attach(pollerLastReceived);

        clock.advance(Duration.ofDays(5));
        request.updatesArrived();
        clock.advance(Duration.ofDays(5));
        assertEquals(41, request.apply(40).getOffset());

        clock.advance(Duration.ofDays(2));
        assertEquals(1, request.apply(40).getOffset());
        assertEquals(0, pollerLastReceived.get());
    }
}
