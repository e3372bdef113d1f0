package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.NotifyFixture.event;
import static org.talksbot.TelegramApp.WAIT;
import static org.talksbot.TelegramApp.buttonData;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.i18n.ChatLanguages;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.telegram.FakeBotApi;
import org.talksbot.telegram.FakeUpdates;
import org.talksbot.telegram.Waiting;

/**
 * Notifications in each subscriber's language, end to end: users whose Telegram is set to Russian,
 * Armenian or English subscribe through the fake Bot API, a curator imports with {@code talksbot import}
 * (in this JVM with its own Curator and connection, then as a process of its own) on the running bot's
 * database, and the bot's sender writes each notification in the language the chat has when it is sent:
 * an import only queues which item goes to whom.
 */
class AppNotifyLanguagesTest {

    private static final String EVENT_ID = "2031-01-02-zed-talks";
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(50_000);

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();
    private TelegramApp telegram;
    private FakeBotApi fake;

    @AfterEach
    void stop() {
        if (telegram != null) {
            telegram.close();
        }
    }

    /** Sends {@code text} from a user whose Telegram reports {@code languageCode}; waits for the reply. */
    private FakeBotApi.Sent say(long chat, String languageCode, String text) {
        int before = fake.sent(chat).size();
        ObjectNode message = FakeUpdates.textMessage(chat, chat, MESSAGE_IDS.incrementAndGet(), text);
        ((ObjectNode) message.get("from")).put("language_code", languageCode);
        fake.enqueue("message", message);
        return fake.awaitMessages(chat, before + 1, WAIT).get(before);
    }

    private FakeBotApi.Sent awaitMessage(long chat, int index) {
        Waiting.until(() -> fake.sent(chat).size() > index, WAIT, "message " + (index + 1) + " to chat " + chat);
        return fake.sent(chat).get(index);
    }

    @Test
    void aRussianSubscriberGetsARussianNotificationAndEachOtherSubscriberItsOwnLanguage() throws Exception {
        telegram = TelegramApp.start(FakeBotApi.start(), new NotifyFixture(dir).env(), time);
        fake = telegram.fake;
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        long russian = 2101;
        long armenian = 2102;
        long english = 2103;
        assertTrue(say(russian, "ru", "/subscribe zed channel").text()
                .startsWith("Этот чат теперь подписан: <b>Zed channel</b> (тема)."));
        assertTrue(say(armenian, "hy", "/subscribe envoy").text()
                .startsWith("Այս զրույցն այժմ հետևում է՝ <b>Zed Envoy</b>։"));
        assertTrue(say(english, "en-GB", "/subscribe all").text().startsWith("This chat now follows"));

        String translated = event(EVENT_ID, 2, "Zed talks open", false)
                .replace("    title: Zed talks open\n", "    title: Zed talks open\n    title_ru: \"Переговоры Зед открыты\"\n");
        curator.importEvents("news.yaml", List.of(translated), List.of());

        Messages ru = Messages.of(Language.RU);
        FakeBotApi.Sent note = awaitMessage(russian, 1);
        assertEquals("Новое событие · 2 января 2031 г.\n<b>Переговоры Зед открыты</b>\n"
                + "Источник: <a href=\"https://example.org/" + EVENT_ID + "\">Example</a>\n"
                + ru.get("notify.english_notice"), note.text());
        assertEquals(List.of("/event " + EVENT_ID), buttonData(note));
        assertEquals("Подробнее", note.replyMarkup().path("inline_keyboard").get(0).get(0).path("text").asText());
        assertTrue(awaitMessage(armenian, 1).text().startsWith("Նոր իրադարձություն · 2 հունվարի 2031 թ.\n"
                + "<b>Zed talks open</b>\n"), "no Armenian title: the English one " + fake.sent(armenian));
        assertTrue(awaitMessage(english, 1).text().startsWith("New event · "
                + Messages.of(Language.EN).day(LocalDate.of(2031, 1, 2)) + "\n"), fake.sent(english).toString());

        // the stored language is read as each notification is sent: a chat set to Armenian now hears in
        // Armenian, after an import by a talksbot process of its own
        new ChatLanguages(telegram.app.jdbi()).set(english, false, Language.HY);
        Path more = Files.writeString(dir.resolve("more.yaml"),
                "events:\n" + event("2031-01-03-zed-talks-close", 3, "Zed talks close", false));
        try (TalksbotProcess importer = TalksbotProcess.start(curator.env(), "import", more.toString())) {
            assertEquals(0, importer.waitFor(120), importer.err());
            assertTrue(importer.out().contains("notifications: 3"), importer.out());
        }
        assertTrue(awaitMessage(english, 2).text().startsWith("Նոր իրադարձություն · 3 հունվարի 2031 թ.\n"),
                fake.sent(english).toString());
        assertTrue(awaitMessage(russian, 2).text().startsWith("Новое событие · 3 января 2031 г.\n"));
    }
}
