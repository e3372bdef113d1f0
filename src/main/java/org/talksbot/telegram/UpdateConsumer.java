package org.talksbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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
 * If the database refuses, it retries, holding up polling rather than losing the batch; it never
 * throws (an exception here would end the library's polling for good).
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RETRY_MILLIS = 1000;

    private final Inbox inbox;
    private final Runnable stored;
    private final BooleanSupplier stopping;

    /** {@code stored} runs after each batch is stored (to wake the handlers); {@code stopping} ends retries. */
    UpdateConsumer(Inbox inbox, Runnable stored, BooleanSupplier stopping) {
        this.inbox = inbox;
        this.stored = stored;
        this.stopping = stopping;
    }

    @Override
    public void consume(List<Update> updates) {
        List<InboxUpdate> batch = new ArrayList<>();
        for (Update update : updates) {
            try {
                batch.add(new InboxUpdate(update.getUpdateId(), UpdateHandler.chatOf(update),
                        JSON.writeValueAsString(update)));
            } catch (JsonProcessingException | RuntimeException e) {
                log.error("could not read update {}; it is skipped: {}", update.getUpdateId(), e.toString());
            }
        }
        for (int attempt = 1; !stopping.getAsBoolean(); attempt++) {
            try {
                inbox.store(batch);
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
}
