package org.talksbot.telegram;

import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Sends a reply that carries a photo (a chart) with sendPhoto: the PNG uploaded as multipart form data,
 * the caption as HTML, the buttons under it. If Telegram does not take the photo, the reply's text goes
 * instead, so the user still gets the counts. Replies without a photo go to the text sender unchanged.
 */
final class PhotoSender {

    private static final Logger log = LoggerFactory.getLogger(PhotoSender.class);
    static final String FILE_NAME = "chart.png";

    /** Whatever sends a text reply (today {@link ReplySender#send}). */
    @FunctionalInterface
    interface TextSender {
        void send(long chatId, Reply reply) throws TelegramApiException;
    }

    private final org.telegram.telegrambots.meta.generics.TelegramClient client;
    private final Secrets secrets;

    PhotoSender(org.telegram.telegrambots.meta.generics.TelegramClient client, Secrets secrets) {
        this.client = client;
        this.secrets = secrets;
    }

    void send(long chatId, Reply reply, TextSender text) throws TelegramApiException {
        send(chatId, reply, text, new RequestSlots(() -> { }));
    }

    /** As above; {@code slots} is told before each request ({@link RequestSlots}). */
    void send(long chatId, Reply reply, TextSender text, RequestSlots slots) throws TelegramApiException {
        Photo photo = reply.photo();
        if (photo == null) {
            text.send(chatId, reply);
            return;
        }
        try {
            slots.beforeRequest();
            client.execute(SendPhoto.builder()
                    .chatId(chatId)
                    .photo(new InputFile(new ByteArrayInputStream(photo.png()), FILE_NAME))
                    .caption(photo.caption())
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(ReplySender.keyboard(reply.buttons()))
                    .build());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("could not send a chart to chat {} ({}); sending its text instead", chatId, secrets.describe(e));
            text.send(chatId, reply.withoutPhoto());
        }
    }
}
