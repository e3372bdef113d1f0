package org.talksbot.telegram;

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
 * answer is not lost to a markup slip. Anything else Telegram refuses is thrown to the caller,
 * whose retry policy decides; nothing here waits or retries.
 */
final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final TelegramClient client;
    private final Secrets secrets;

    private final ReplyLatency latency;

    ReplySender(TelegramClient client, Secrets secrets, ReplyLatency latency) {
        this.client = client;
        this.secrets = secrets;
        this.latency = latency;
    }

    /** Sends nothing for an empty reply; throws on the first part Telegram refuses. */
    void send(long chatId, Reply reply) throws TelegramApiException {
        send(chatId, reply, false, new RequestSlots(() -> { }));
    }

    /** {@code silent}: without a sound (disable_notification), for quiet hours. */
    void send(long chatId, Reply reply, boolean silent) throws TelegramApiException {
        send(chatId, reply, silent, new RequestSlots(() -> { }));
    }

    /** As above; {@code slots} is told before each request, so each can take its own throttle slot. */
    void send(long chatId, Reply reply, boolean silent, RequestSlots slots) throws TelegramApiException {
        List<String> parts = reply.parts().stream().filter(part -> !part.isBlank()).toList();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            sendPart(chatId, parts.get(i), last && reply.hasButtons() ? keyboard(reply.buttons()) : null, silent,
                    slots);
        }
    }

    private void sendPart(long chatId, String html, InlineKeyboardMarkup keyboard, boolean silent,
                          RequestSlots slots) throws TelegramApiException {
        try {
            slots.beforeRequest();
            latency.sending(chatId);
            client.execute(message(chatId, html, ParseMode.HTML, keyboard, silent));
        } catch (TelegramApiRequestException e) {
            if (!isUnparsable(e)) {
                throw e;
            }
            log.warn("Telegram could not parse a reply to chat {} ({}); resending it as plain text", chatId,
                    secrets.scrub(e.getApiResponse()));
            String plain = PlainText.of(html);
            slots.beforeRequest();
            client.execute(message(chatId, plain.isBlank() ? "…" : plain, null, keyboard, silent));
        }
    }

    static boolean isUnparsable(TelegramApiRequestException e) {
        return e.getErrorCode() != null && e.getErrorCode() == 400 && e.getApiResponse() != null
                && e.getApiResponse().toLowerCase().contains("can't parse entities");
    }

    private static SendMessage message(long chatId, String text, String parseMode, InlineKeyboardMarkup keyboard,
                                       boolean silent) {
        return SendMessage.builder()
                .disableNotification(silent ? Boolean.TRUE : null)
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
