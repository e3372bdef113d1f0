package org.talksbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.inbox.Inbox;
import org.talksbot.inbox.InboxUpdate;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Runs on the polling thread and stores each batch in the durable {@link Inbox} before returning, so
 * the next getUpdates (which confirms the batch to Telegram) never confirms an update we could lose.
 * Updates newer than any the inbox has held are handed to their lanes at once and answered while the
 * batch is written; other new ones as soon as their transaction commits. The checkpoint that puts them
 * on disk runs while they are being answered: an update is marked done (its reply queued) only once
 * that checkpoint is over. If the database refuses, it retries, holding up polling
 * rather than losing the batch; it never throws (an exception here would end the library's polling for good).
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RETRY_MILLIS = 1000;
    private static final long UNKNOWN = Long.MAX_VALUE;

    private final Inbox inbox;
    private final Handoff handoff;
    private final Runnable stored;
    private final BooleanSupplier stopping;
    private final ReplyLatency latency;
    /** The highest update id stored or handed out so far (read from the inbox on the first batch). */
    private long newestKnown = UNKNOWN;

    UpdateConsumer(Inbox inbox, Handoff handoff, Runnable stored, BooleanSupplier stopping) {
        this(inbox, handoff, stored, stopping, new ReplyLatency(System::nanoTime));
    }

    /**
     * {@code handoff} answers the new updates at once; {@code stored} runs after each batch is on disk;
     * {@code stopping} ends retries; {@code latency} is told which chats wait for a reply.
     */
    UpdateConsumer(Inbox inbox, Handoff handoff, Runnable stored, BooleanSupplier stopping, ReplyLatency latency) {
        this.inbox = inbox;
        this.handoff = handoff;
        this.stored = stored;
        this.stopping = stopping;
        this.latency = latency;
    }

    @Override
    public void consume(List<Update> updates) {
        latency.received(updates.stream().filter(update -> update.hasMessage() || update.hasCallbackQuery())
                .map(UpdateHandler::chatOf).toList());
        Map<Long, Update> parsed = new HashMap<>();
        List<InboxUpdate> batch = new ArrayList<>();
        for (Update update : updates) {
            try {
                String payload = JSON.writeValueAsString(update);
                if (payload.length() > Inbox.MAX_PAYLOAD) {
                    // storing it would fail every time and hold up polling for good
                    log.error("update {} is too large to store ({} characters); it is skipped", update.getUpdateId(),
                            payload.length());
                    continue;
                }
                batch.add(new InboxUpdate(update.getUpdateId(), UpdateHandler.chatOf(update), payload));
                parsed.put((long) update.getUpdateId(), update);
            } catch (JsonProcessingException | RuntimeException e) {
                log.error("could not read update {}; it is skipped: {}", update.getUpdateId(), e.toString());
            }
        }
        for (int attempt = 1; !stopping.getAsBoolean(); attempt++) {
            try {
                storeAndHandOut(batch, parsed);
                stored.run();
                return;
            } catch (RuntimeException e) {
                log.error("could not store {} updates (attempt {}); polling waits and retries in {} ms: {}",
                        batch.size(), attempt, RETRY_MILLIS, e.toString());
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Hands out, before they are stored, the reserved updates newer than any this inbox has held: they
     * cannot be re-deliveries, so they are answered while the batch is written (they are still marked
     * done only once {@code onDisk} completes). Telegram's ids only grow, and the inbox keeps handled
     * ids longer than Telegram keeps updates. Returns how many were handed out.
     */
    private int handOutSurelyNew(List<InboxUpdate> batch, Map<Long, Update> parsed, Set<Long> reserved,
                                 CompletableFuture<Void> onDisk, long newestBefore) {
        int handedOut = 0;
        for (InboxUpdate update : batch) {
            if (update.updateId() > newestBefore && reserved.remove(update.updateId())) {
                handoff.handOut(update, parsed.get(update.updateId()), onDisk);
                handedOut++;
            }
            newestKnown = Math.max(newestKnown, update.updateId());
        }
        return handedOut;
    }

    private void storeAndHandOut(List<InboxUpdate> batch, Map<Long, Update> parsed) {
        Set<Long> reserved = new HashSet<>(handoff.reserve(parsed.keySet()));
        CompletableFuture<Void> onDisk = new CompletableFuture<>();
        try {
            try {
                if (newestKnown == UNKNOWN) {
                    newestKnown = inbox.newestId().orElse(0L);
                }
                long newestBefore = newestKnown;
                int handedOut = handOutSurelyNew(batch, parsed, reserved, onDisk, newestBefore);
                // what is newer than all the inbox held is inserted without a look for it first
                for (InboxUpdate update : inbox.add(batch, newestBefore)) {
                    if (reserved.remove(update.updateId())) {
                        handoff.handOut(update, parsed.get(update.updateId()), onDisk);
                        handedOut++;
                    }
                }
                if (handedOut < batch.size()) {
                    // a re-delivery may still be pending from before: that is the scan's
                    handoff.scanSoon();
                }
            } finally {
                handoff.release(reserved);
            }
            inbox.checkpoint();
            onDisk.complete(null);
        } finally {
            // the lanes wait for this: whatever went wrong, they must learn the updates may not be on disk
            onDisk.completeExceptionally(new IllegalStateException("the inbox checkpoint did not complete"));
        }
    }
}
