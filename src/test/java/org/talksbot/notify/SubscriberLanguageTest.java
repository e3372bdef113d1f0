package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Notifications and digests reach each subscriber in its chat's language: the outbox holds only which
 * item goes to whom, and the sender writes the text when it sends, with the language the chat has then.
 */
class SubscriberLanguageTest {

    private static final LocalDate EVENT_DAY = LocalDate.of(2023, 3, 20);
    private final DigestRig rig = new DigestRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private void followLachin(long chatId, Language language) {
        rig.subscriptions.add(Request.privateMessage(chatId, ""),
                new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
        if (language != null) {
            rig.store.speaks(chatId, language);
        }
    }

    private String onlyMessageTo(long chatId) {
        List<String> sent = rig.telegram.sent.stream().filter(s -> s.chatId() == chatId).map(s -> s.reply().html())
                .toList();
        assertEquals(1, sent.size(), "chat " + chatId + ": " + sent);
        return sent.get(0);
    }

    @Test
    void eachSubscriberGetsTheSameItemInItsOwnLanguage() {
        followLachin(1, null);
        followLachin(2, Language.RU);
        followLachin(3, Language.HY);
        rig.store.importEvent(rig.writer, "e1", "Checkpoint talks", List.of("lachin-corridor"), List.of());
        rig.store.translateEvent("e1", "Переговоры о пропускном пункте", null);

        assertEquals(3, rig.tick().delivered());

        assertTrue(onlyMessageTo(1).startsWith(Messages.of(Language.EN).get("notify.event.heading", "date",
                Messages.of(Language.EN).day(EVENT_DAY)) + "\n<b>Checkpoint talks</b>"), onlyMessageTo(1));
        assertTrue(onlyMessageTo(2).startsWith("Новое событие · 20 марта 2023 г.\n<b>Переговоры о пропускном пункте</b>\n"
                + "Источник: "), onlyMessageTo(2));
        assertTrue(onlyMessageTo(2).endsWith(Messages.of(Language.RU).get("notify.english_notice")));
        assertTrue(onlyMessageTo(3).startsWith("Նոր իրադարձություն · 20 մարտի 2023 թ.\n<b>Checkpoint talks</b>\n"),
                "no Armenian title: the English one " + onlyMessageTo(3));
        assertEquals("Ավելին", rig.telegram.sent.stream().filter(s -> s.chatId() == 3).findFirst().orElseThrow()
                .reply().buttons().get(0).get(0).label());
    }

    @Test
    void aChatThatSwitchesLanguageWhileItsNotificationWaitsGetsItInTheNewOne() {
        followLachin(1, Language.RU);
        rig.store.importEvent(rig.writer, "e1", "Checkpoint talks", List.of("lachin-corridor"), List.of());
        rig.store.speaks(1, Language.HY);

        rig.tick();

        assertTrue(onlyMessageTo(1).startsWith("Նոր իրադարձություն · "), onlyMessageTo(1));
    }

    @Test
    void aDigestIsWrittenInTheChatsLanguageWhenItIsPlanned() {
        rig.time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1, Language.RU);
        rig.digest.answer(Request.privateMessage(1, "").withLanguage("ru"), "daily 15:00");
        rig.store.importEvent(rig.writer, "e1", "Checkpoint talks", List.of("lachin-corridor"), List.of());
        rig.store.importEvent(rig.writer, "e2", "Border talks", List.of("lachin-corridor"), List.of());
        rig.store.translateEvent("e2", "Переговоры о границе", null);
        rig.store.translateTopic("lachin-corridor", "Лачинский коридор", "Լաչինի միջանցք");
        rig.tick();
        assertEquals(0, rig.telegram.sent.size(), "the digest chat waits");

        rig.time.setNow(Instant.parse("2026-06-01T11:00:00Z"));  // 15:00 in UTC+4
        assertEquals(1, rig.tick().delivered());

        String digest = onlyMessageTo(1);
        assertTrue(digest.startsWith("<b>Ежедневная сводка</b> · 1 июня 2026 г.\n2 новых материала с последней сводки."),
                digest);
        assertTrue(digest.contains("\n<b>Лачинский коридор</b>\n• 20 марта 2023 г. · "), digest);
        assertTrue(digest.contains("• 20 марта 2023 г. · Переговоры о границе"), digest);
        assertTrue(digest.contains("• 20 марта 2023 г. · Checkpoint talks"), "untranslated: English " + digest);
    }
}
