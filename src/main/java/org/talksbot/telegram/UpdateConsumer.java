package org.talksbot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Runs on the polling thread, so it only sorts updates into their chats' lanes and returns;
 * an update already handled in this process is skipped.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

    private final SeenUpdates seen = new SeenUpdates(10_000);
    private final ChatLanes lanes;
    private final UpdateHandler handler;
    private final Runnable onUpdates;

    UpdateConsumer(ChatLanes lanes, UpdateHandler handler, Runnable onUpdates) {
        this.lanes = lanes;
        this.handler = handler;
        this.onUpdates = onUpdates;
    }

    @Override
    public void consume(List<Update> updates) {
        onUpdates.run();
        for (Update update : updates) {
            try {
                if (update.getUpdateId() != null && !seen.firstTime(update.getUpdateId())) {
                    log.debug("update {} was already handled", update.getUpdateId());
                    continue;
                }
                lanes.submit(UpdateHandler.chatOf(update), () -> handler.handle(update));
            } catch (RuntimeException e) {
                log.error("could not queue update {}", update.getUpdateId(), e);
            }
        }
    }
}
