package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.TelegramApp.WAIT;
import static org.talksbot.TelegramApp.buttonData;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.telegram.FakeBotApi;

/**
 * Languages end to end through the real telegrambots client and the fake Bot API: the client's language on
 * first contact, /language by typing and by button, kept across a restart, groups changed by admins only,
 * and a command menu per language.
 */
class AppLanguagesTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages RU = Messages.of(Language.RU);
    private static final Messages HY = Messages.of(Language.HY);

    @TempDir
    Path dir;

    private Map<String, String> fileStore() {
        return Map.of("TALKSBOT_DB_URL", "jdbc:h2:file:" + dir.resolve("talksbot").toAbsolutePath() + ";AUTO_SERVER=TRUE");
    }

    /** The replies to {@code chat} once there are {@code count}; the last one. */
    private static FakeBotApi.Sent last(TelegramApp telegram, long chat, int count) {
        List<FakeBotApi.Sent> sent = telegram.fake.awaitMessages(chat, count, WAIT);
        assertEquals(count, sent.size(), sent.toString());
        return sent.get(count - 1);
    }

    private static boolean cyrillic(String text) {
        return text.matches("(?s).*\\p{IsCyrillic}.*");
    }

    private static boolean armenian(String text) {
        return text.matches("(?s).*\\p{IsArmenian}.*");
    }

    @Test
    void aRussianClientIsAnsweredInRussianAndEachLanguageHasItsOwnMenu() {
        try (TelegramApp telegram = TelegramApp.start()) {
            FakeBotApi fake = telegram.fake;
            List<String> english = fake.awaitMenu("", WAIT);
            List<String> russian = fake.awaitMenu("ru", WAIT);
            List<String> armenianMenu = fake.awaitMenu("hy", WAIT);
            assertTrue(english.containsAll(List.of("start", "latest", "who", "language")), english.toString());
            assertEquals(english, russian);
            assertEquals(english, armenianMenu);
            int language = english.indexOf("language");
            assertEquals(EN.get("language.description"), fake.menuDescriptions("").get(language));
            assertEquals(RU.get("language.description"), fake.menuDescriptions("ru").get(language));
            assertEquals(HY.get("language.description"), fake.menuDescriptions("hy").get(language));
            assertTrue(fake.calls("setMyCommands").stream().allMatch(call -> call.path("commands").size() <= 100));

            long chat = telegram.newChat();
            fake.enqueueText(chat, chat, "/start", "ru-RU");
            String start = last(telegram, chat, 1).text();
            assertTrue(cyrillic(start), "not Russian: " + start);

            fake.enqueueText(chat, chat, "/language", "ru-RU");
            FakeBotApi.Sent shown = last(telegram, chat, 2);
            assertEquals(RU.get("language.current", "name", "Русский"), shown.text());
            assertEquals(List.of("/language en", "/language ru", "/language hy"), buttonData(shown));

            long german = telegram.newChat();
            fake.enqueueText(german, german, "/language", "de");
            assertEquals(EN.get("language.current", "name", "English"), last(telegram, german, 1).text());
        }
    }

    @Test
    void languageHyByButtonOrTypedSwitchesToArmenianAndTheChoiceSurvivesARestart() {
        long chat = 7001;
        try (FakeBotApi fake = FakeBotApi.start()) {
            TelegramApp telegram = TelegramApp.start(fake, fileStore());
            try {
                fake.enqueueText(chat, chat, "/language", "ru");
                FakeBotApi.Sent shown = last(telegram, chat, 1);
                String armenianButton = buttonData(shown).stream().filter(data -> data.endsWith(" hy")).findFirst()
                        .orElseThrow(() -> new AssertionError("no Armenian button: " + shown.replyMarkup()));

                fake.enqueueCallback(chat, chat, armenianButton);
                assertEquals(HY.get("language.changed"), last(telegram, chat, 2).text());
                fake.enqueueText(chat, chat, "/start", "ru");
                String start = last(telegram, chat, 3).text();
                assertTrue(armenian(start) && !cyrillic(start), "not Armenian: " + start);

                fake.enqueueText(chat, chat, "/language ru", "ru");
                assertEquals(RU.get("language.changed"), last(telegram, chat, 4).text());
                fake.enqueueText(chat, chat, "/language hy", "ru");
                assertEquals(HY.get("language.changed"), last(telegram, chat, 5).text());
            } finally {
                telegram.app.close();
            }

            // a new app on the same store and the same Bot API server (whose update ids go on growing, as Telegram's do)
            TelegramApp restarted = TelegramApp.start(fake, fileStore());
            try {
                fake.enqueueText(chat, chat, "/language", "ru");
                assertEquals(HY.get("language.current", "name", "Հայերեն"), last(restarted, chat, 6).text());
            } finally {
                restarted.app.close();
            }
        }
    }

    @Test
    void inAGroupOnlyAnAdminChangesTheLanguageAndAMemberIsRefusedInTheGroupsLanguage() {
        long group = -7002;
        long member = 71;
        long admin = 72;
        try (TelegramApp telegram = TelegramApp.start()) {
            FakeBotApi fake = telegram.fake;
            fake.chatMemberStatus(group, admin, "administrator");

            fake.enqueueText(group, member, "/language ru", "ru");
            assertEquals(RU.get("language.admins.only"), last(telegram, group, 1).text(),
                    "the group's first contact came from a Russian client");

            fake.enqueueText(group, admin, "/language@" + FakeBotApi.BOT_USERNAME + " hy", "en");
            assertEquals(HY.get("language.changed"), last(telegram, group, 2).text());

            fake.enqueueCallback(group, member, "/language en");
            FakeBotApi.Sent refused = last(telegram, group, 3);
            assertEquals(HY.get("language.admins.only"), refused.text());
            assertNotEquals(EN.get("language.changed"), refused.text());

            fake.enqueueText(group, member, "/language", "ru");
            assertEquals(HY.get("language.current", "name", "Հայերեն"), last(telegram, group, 4).text());
        }
    }
}
