package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.TelegramApp.SOURCE_LINK;
import static org.talksbot.TelegramApp.WAIT;
import static org.talksbot.TelegramApp.buttonData;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.ChatLanguages;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.telegram.FakeBotApi;

/**
 * The real app with the bundled data through the fake Bot API, in chats whose stored language is Russian
 * or Armenian: the ask answers, their buttons and the chart caption come in that language.
 */
class AppAnswersInLanguagesTest {

    private static TelegramApp telegram;
    private static FakeBotApi fake;

    @BeforeAll
    static void start() {
        telegram = TelegramApp.start();
        fake = telegram.fake;
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    /** A new private chat that reads the language (stored before its first message, as /language would). */
    private static long chatIn(Language language) {
        long chat = telegram.newChat();
        new ChatLanguages(telegram.app.jdbi()).set(chat, false, language);
        return chat;
    }

    @Test
    void aRussianChatGetsLatestWithRussianTitleDatesSourcesAndMoreButton() {
        Messages ru = Messages.of(Language.RU);
        long chat = chatIn(Language.RU);
        fake.enqueueText(chat, chat, "/latest");
        FakeBotApi.Sent first = fake.awaitMessages(chat, 1, WAIT).get(0);

        assertTrue(first.text().startsWith(ru.get("ask.latest.title") + "\n\n"), first.text());
        assertTrue(first.text().matches("(?s).*\\n\\d{1,2} [а-я]+ \\d{4} г\\. · <b>.*"), first.text());
        assertEquals(5, first.text().split("Источник: " + SOURCE_LINK, -1).length - 1, first.text());
        assertTrue(first.text().endsWith(ru.get("common.english_notice")), first.text());
        String more = first.replyMarkup().path("inline_keyboard").get(0).get(0).path("text").asText();
        assertEquals(ru.get("common.more"), more);

        fake.enqueueCallback(chat, chat, buttonData(first).get(0));
        FakeBotApi.Sent next = fake.awaitMessages(chat, 2, WAIT).get(1);
        assertTrue(next.text().startsWith(ru.get("ask.latest.earlier")), next.text());
    }

    @Test
    void anArmenianChatGetsStartHelpAndAWhoCardInArmenian() {
        Messages hy = Messages.of(Language.HY);
        long chat = chatIn(Language.HY);
        fake.enqueueText(chat, chat, "/start");
        fake.enqueueText(chat, chat, "/help");
        fake.enqueueText(chat, chat, "/who blinken");
        List<FakeBotApi.Sent> sent = fake.awaitMessages(chat, 3, WAIT);

        assertEquals(hy.get("start.welcome"), sent.get(0).text());
        assertTrue(sent.get(1).text().startsWith(hy.get("start.help.title")), sent.get(1).text());
        assertTrue(sent.get(1).text().contains("/who ԱՆՈՒՆ — " + hy.get("ask.who.description")), sent.get(1).text());
        String help = sent.get(1).text();
        int operators = help.indexOf(hy.get("common.operator_commands"));
        assertTrue(operators > help.indexOf("/sources") && help.indexOf("/stats") > operators
                && help.indexOf("/reload") > operators, "operator commands listed apart, last: " + help);
        String card = sent.get(2).text();
        assertTrue(card.startsWith("<b>Antony Blinken</b> — U.S. Secretary of State, "), card);
        assertTrue(card.contains("Շտեմարանում՝ ") && card.contains("Աղբյուր՝ " + SOURCE_LINK), card);
        assertTrue(card.contains(" թ. · "), card);
    }

    @Test
    void aRussianChatsChartHasARussianCaption() {
        long chat = chatIn(Language.RU);
        fake.enqueueText(chat, chat, "/chart lachin");
        FakeBotApi.SentPhoto photo = fake.awaitPhotos(chat, 1, WAIT).get(0);

        String name = telegram.app.jdbi().withHandle(h -> h.createQuery(
                "SELECT COALESCE(name_ru, name) FROM topic WHERE id = 'lachin-corridor'").mapTo(String.class).one());
        assertTrue(photo.caption().startsWith("<b>События по теме «" + name + "» по "), photo.caption());
        assertTrue(photo.caption().contains(Messages.of(Language.RU).get("chart.data")), photo.caption());
    }
}
