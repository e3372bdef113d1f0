package org.talksbot.telegram;

import java.time.Duration;
import org.talksbot.core.Reply;
import org.talksbot.notify.ChatGateway;
import org.talksbot.notify.DeliveryException;
import org.talksbot.notify.DeliveryException.Kind;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Sends the outbox's messages (replies and notifications) and sorts Telegram's refusals into what the
 * sender should do next.
 * A multi-part reply that fails part-way is reported as failed; a retry sends it from the start.
 */
public final class TelegramGateway implements ChatGateway {

    private final ReplySender sender;
    private final PhotoSender photos;
    private final Secrets secrets;

    public TelegramGateway(TelegramApi api) {
        this.secrets = api.secrets();
        this.sender = new ReplySender(api.client(), secrets, api.latency());
        this.photos = new PhotoSender(api.client(), secrets);
    }

    @Override
    public void send(long chatId, Reply reply) throws DeliveryException {
        send(chatId, reply, false, () -> { });
    }

    @Override
    public void send(long chatId, Reply reply, boolean silent) throws DeliveryException {
        send(chatId, reply, silent, () -> { });
    }

    @Override
    public void send(long chatId, Reply reply, boolean silent, NextRequest nextRequest) throws DeliveryException {
        RequestSlots slots = new RequestSlots(nextRequest);
        try {
            if (silent && reply.photo() == null) {
                sender.send(chatId, reply, true, slots);  // only notifications and digests are silenced
            } else {
                // a chart goes as a photo, any other reply as text
                photos.send(chatId, reply, (chat, text) -> sender.send(chat, text, false, slots), slots);
            }
        } catch (TelegramApiException | RuntimeException e) {
            throw classify(e);
        }
    }

    /** 400s that mean the chat id is dead for us, not that the message was wrong. */
    private static boolean isGoneForUs(String description) {
        return description.contains("chat not found") || description.contains("upgraded to a supergroup")
                || description.contains("not enough rights") || description.contains("have no rights");
    }

    DeliveryException classify(Exception e) {
        String message = secrets.describe(e);
        if (e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null
                && refused.getErrorCode() > 0) {
            int code = refused.getErrorCode();
            String description = refused.getApiResponse() == null ? "" : refused.getApiResponse().toLowerCase();
            if (code == 429) {
                Integer seconds = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
                Duration wait = Duration.ofSeconds(seconds == null ? 1 : seconds);
                return new DeliveryException(Kind.RATE_LIMITED, message, wait);
            }
            if (code == 403 || (code == 400 && isGoneForUs(description))) {
                return new DeliveryException(Kind.CHAT_UNREACHABLE, message, null);
            }
            return new DeliveryException(code >= 500 ? Kind.TRANSIENT : Kind.REJECTED, message, null);
        }
        if (e instanceof TelegramApiValidationException || e instanceof IllegalArgumentException) {
            return new DeliveryException(Kind.REJECTED, message, null);
        }
        // no answer from Telegram at all: network trouble, a timeout, or a proxy's error page
        return new DeliveryException(Kind.TRANSIENT, message, null);
    }
}
