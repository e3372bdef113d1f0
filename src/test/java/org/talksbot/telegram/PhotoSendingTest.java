package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Replies with a photo go out as sendPhoto uploads, checked by the fake Bot API as Telegram checks them. */
class PhotoSendingTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final byte[] PNG = png(300, 200);
    private static final List<List<Button>> BUTTONS = List.of(List.of(new Button("Chart", "/chart lachin")));

    private final Bot bot = request -> switch (request.text()) {
        case "/photo" -> Reply.withPhoto(new Photo(PNG, "<b>Events</b> per month. /sources"), "<b>2 events</b>", BUTTONS);
        case "/not-an-image" -> Reply.withPhoto(new Photo("GIF89a?".getBytes(), "caption"), "<b>as text</b>", List.of());
        case "/too-big" -> Reply.withPhoto(new Photo(tooBig(), "caption"), "<b>too big, as text</b>", List.of());
        default -> Reply.of("<b>text</b>");
    };

    private FakeBotApi fake;
    private PollingBot telegram;

    @BeforeEach
    void start() {
        fake = FakeBotApi.start();
        telegram = new PollingBot(fake, bot, List.of(), ChatMembershipListener.NONE);
    }

    @AfterEach
    void stop() {
        telegram.close();
        fake.close();
    }

    @Test
    void aPhotoReplyIsUploadedAsMultipartWithItsCaptionAndButtonsAndNoText() {
        fake.enqueueText(42, 42, "/photo");

        FakeBotApi.SentPhoto photo = fake.awaitPhotos(42, 1, WAIT).get(0);
        assertArrayEquals(PNG, photo.bytes());
        assertEquals("image/png", FakePhotos.sniff(photo.bytes()).orElseThrow());
        assertEquals(PhotoSender.FILE_NAME, photo.fileName());
        assertEquals("<b>Events</b> per month. /sources", photo.caption());
        assertEquals("HTML", photo.parseMode().toUpperCase());
        assertEquals("/chart lachin", photo.replyMarkup().path("inline_keyboard").path(0).path(0)
                .path("callback_data").asText());
        assertEquals(List.of(), fake.sent(42));
        assertEquals(List.of(), fake.refusals());
    }

    @Test
    void anUploadTelegramCannotReadAsAnImageIsAnsweredWithTheReplyText() {
        fake.enqueueText(43, 43, "/not-an-image");

        assertEquals("<b>as text</b>", fake.awaitMessages(43, 1, WAIT).get(0).text());
        assertEquals(List.of("sendPhoto: Bad Request: IMAGE_PROCESS_FAILED"), fake.refusals());
    }

    @Test
    void aPhotoOverTenMegabytesIsNeverQueuedAndItsTextGoesInstead() {
        fake.enqueueText(44, 44, "/too-big");

        assertEquals("<b>too big, as text</b>", fake.awaitMessages(44, 1, WAIT).get(0).text());
        // the outbox holds a picture of up to about 750 KB (notify.ReplyQueue), far below Telegram's 10 MB
        assertEquals(List.of(), fake.photos(44));
        assertEquals(List.of(), fake.refusals());
    }

    @Test
    void theFakeRefusesACaptionOfMoreThan1024CharactersOfText() {
        try (TelegramApi api = TelegramApi.open(FakeBotApi.TOKEN, fake.url())) {
            SendPhoto tooLong = SendPhoto.builder().chatId(45L).caption("x".repeat(1025))
                    .photo(new InputFile(new ByteArrayInputStream(PNG), "chart.png")).build();
            TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class,
                    () -> api.client().execute(tooLong));
            assertTrue(refused.getApiResponse().contains("caption is too long"), refused.getApiResponse());
        }
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature followed by 10 MB and one byte. */
    private static byte[] tooBig() {
        byte[] bytes = Arrays.copyOf(PNG, FakeRefusals.MAX_PHOTO_BYTES + 1);
        return bytes;
    }
}
