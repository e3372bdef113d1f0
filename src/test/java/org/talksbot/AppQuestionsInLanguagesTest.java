package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.TelegramApp.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.telegram.FakeBotApi;
import org.talksbot.telegram.FakeUpdates;

/**
 * Questions asked in Russian and Armenian through the real app and the fake Bot API by users whose Telegram
 * is set to those languages: read, and answered in the chat's language; inline queries in the user's.
 */
class AppQuestionsInLanguagesTest {

    private static final String DB_URL = "jdbc:h2:mem:languages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static TelegramApp telegram;

    @BeforeAll
    static void startTheApp() {
        telegram = TelegramApp.start(FakeBotApi.start(), Map.of("TALKSBOT_DB_URL", DB_URL));
    }

    @AfterAll
    static void stopTheApp() {
        telegram.close();
    }

    /** The reply to {@code text} from a new user whose Telegram client reports {@code language}. */
    private static String ask(String language, String text) {
        long chat = telegram.newChat();
        telegram.fake.enqueueText(chat, chat, text, language);
        return telegram.fake.awaitMessages(chat, 1, WAIT).get(0).text();
    }

    @Test
    void aRussianUserAsksInRussianAndIsAnsweredInRussian() {
        String reply = ask("ru", "что сказал Пашинян о мирном договоре?");
        // the topic's name as the curators translated it
        assertTrue(reply.matches("(?s)<i>Цитаты, автор: Nikol Pashinyan, тема: [А-ЯЁа-яё ]+; сначала.*"), reply);
        assertTrue(reply.contains("<b>Nikol Pashinyan</b>"), reply);
        String unknown = ask("ru", "какая погода в Ереване?");
        assertTrue(unknown.startsWith("Не знаю: в моей базе нет ответа на «какая погода в Ереване?»."), unknown);
    }

    @Test
    void anArmenianUserAsksInArmenianAndIsAnsweredInArmenian() {
        String reply = ask("hy", "Ի՞նչ է ասել Փաշինյանը խաղաղության պայմանագրի մասին");
        assertTrue(reply.matches("(?s)<i>Մեջբերումներ, հեղինակ՝ Nikol Pashinyan, թեմա՝ [\\u0531-\\u0587 ]+, նախ՝.*"), reply);
    }

    @Test
    void anEnglishUserWhoAsksInRussianIsAnsweredInEnglish() {
        String reply = ask("en", "что сказал Пашинян о мирном договоре?");
        assertTrue(reply.startsWith("<i>Quotes by Nikol Pashinyan on Peace treaty, best match first"), reply);
    }

    @Test
    void anInlineQueryFromARussianClientIsDescribedInRussian() {
        String id = "iq-ru-" + UUID.randomUUID();
        ObjectNode query = FakeUpdates.inlineQuery(id, telegram.newChat(), "Пашинян мирный договор", "");
        ((ObjectNode) query.path("from")).put("language_code", "ru");
        telegram.fake.enqueue("inline_query", query);
        JsonNode results = telegram.fake.awaitInlineAnswer(id, WAIT).path("results");
        assertFalse(results.isEmpty());
        String description = results.get(0).path("description").asText();
        assertTrue(description.matches("(\\d{1,2} )?[а-я ]*\\d{4} г\\. · .*источник: .+"), description);
    }
}
