package org.talksbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Builds each getUpdates call. After a week without updates Telegram may restart update ids at a
 * random, possibly lower, number; the library would then confirm (lose) every new update because
 * it asks for ids above the last one it saw. So after long silence the offset starts over;
 * anything delivered twice by that is recognised by the inbox. Every call names the update kinds
 * handled, because Telegram otherwise keeps whatever list an earlier program asked for, which may
 * lack inline queries.
 */
final class UpdatesRequest implements Function<Integer, GetUpdates> {

    private static final Logger log = LoggerFactory.getLogger(UpdatesRequest.class);
    static final Duration START_OVER_AFTER = Duration.ofDays(6);

    /** The kinds {@link UpdateHandler} handles. */
    static final List<String> HANDLED = List.of("message", "callback_query", "inline_query", "my_chat_member");

    private final DefaultGetUpdatesGenerator standard = new DefaultGetUpdatesGenerator(HANDLED);
    private final Clock clock;
    private volatile Instant lastUpdate;
    private volatile AtomicInteger pollerLastReceived = new AtomicInteger();

    UpdatesRequest(Clock clock) {
        this.clock = clock;
        this.lastUpdate = clock.instant();
    }

    /** The poller's own record of the last update id, which it uses to drop "old" updates. */
    void attach(AtomicInteger lastReceived) {
        this.pollerLastReceived = lastReceived;
    }

    void updatesArrived() {
        lastUpdate = clock.instant();
    }

    @Override
    public GetUpdates apply(Integer lastReceived) {
        if (lastReceived > 0 && clock.instant().isAfter(lastUpdate.plus(START_OVER_AFTER))) {
            log.info("no updates for {} days; polling from the start as Telegram may have restarted update ids",
                    START_OVER_AFTER.toDays());
            pollerLastReceived.set(0);
            lastUpdate = clock.instant();
            return standard.apply(0);
        }
        return standard.apply(lastReceived);
    }
}
