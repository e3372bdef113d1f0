package org.talksbot.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.console.PlainText;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends a {@link Reply} to a chat: its parts in order as HTML, the buttons under the last part,
 * no link previews. A part Telegram cannot parse is sent again once as plain text, so the
 * answer is not lost to a markup slip; a short flood-control wait may be waited out once.
 */
final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final TelegramClient client;
    private final Duration maxFloodWait;
    private final ReplySlots slots;

    /**
     * @param maxFloodWait how long a part may wait for Telegram's flood control before being sent once
     *     more; zero reports the 429 to the caller at once (notifications pace themselves)
     */
    ReplySender(TelegramClient client, Duration maxFloodWait) {
        this(client, maxFloodWait, ReplySlots.NONE);
    }

    /** As above, each part first taking a slot from {@code slots}. */
    ReplySender(TelegramClient client, Duration maxFloodWait, ReplySlots slots) {
        this.client = client;
        this.maxFloodWait = maxFloodWait;
        this.slots = slots;
    }

    /** Sends nothing for an empty reply; throws on the first part Telegram refuses. */
    void send(long chatId, Reply reply) throws TelegramApiException {
        List<String> parts = reply.parts().stream().filter(part -> !part.isBlank()).toList();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            sendPart(chatId, parts.get(i), last && reply.hasButtons() ? keyboard(reply.buttons()) : null);
        }
    }

    private void sendPart(long chatId, String html, InlineKeyboardMarkup keyboard) throws TelegramApiException {
        try {
            sendWaitingOutFlood(message(chatId, html, ParseMode.HTML, keyboard));
        } catch (TelegramApiRequestException e) {
            if (!isUnparsable(e)) {
                throw e;
            }
            log.warn("Telegram could not parse a reply to chat {} ({}); resending it as plain text", chatId,
                    e.getApiResponse());
            String plain = PlainText.of(html);
            sendWaitingOutFlood(message(chatId, plain.isBlank() ? "…" : plain, null, keyboard));
        }
    }

    private void sendWaitingOutFlood(SendMessage message) throws TelegramApiException {
        try {
            execute(message);
        } catch (TelegramApiRequestException e) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            if (e.getErrorCode() == null || e.getErrorCode() != 429 || retryAfter == null
                    || retryAfter > maxFloodWait.toSeconds()) {
                throw e;
            }
            log.warn("flood control: waiting {} s before answering chat {}", retryAfter, message.getChatId());
            try {
                Thread.sleep(retryAfter * 1000L);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            execute(message);
        }
    }

    /** Every attempt, a retry included, takes its own slot, so the throttle knows of each message sent. */
    private void execute(SendMessage message) throws TelegramApiException {
        try {
            slots.await(Long.parseLong(message.getChatId()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while waiting to send", e);
        }
        try {
            client.execute(message);
        } finally {
            slots.sent(Long.parseLong(message.getChatId()));
        }
    }

    static boolean isUnparsable(TelegramApiRequestException e) {
        return e.getErrorCode() != null && e.getErrorCode() == 400 && e.getApiResponse() != null
                && e.getApiResponse().toLowerCase().contains("can't parse entities");
    }

    private static SendMessage message(long chatId, String text, String parseMode, InlineKeyboardMarkup keyboard) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .parseMode(parseMode)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard)
                .build();
    }

    static InlineKeyboardMarkup keyboard(List<List<Button>> buttons) {
        List<InlineKeyboardRow> rows = buttons.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                        .toList()))
                .toList();
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
