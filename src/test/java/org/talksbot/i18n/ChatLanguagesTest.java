package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Request;
import org.talksbot.store.Database;

/** A chat's language: from its client on first contact, then its own choice, kept in the store. */
class ChatLanguagesTest {

    private final Jdbi jdbi = Database.inMemory("chat-languages");

    private void seen(long chatId) {
        jdbi.useHandle(h -> h.execute("INSERT INTO chat (id, is_group, active, updated_at) "
                + "VALUES (?, FALSE, TRUE, CURRENT_TIMESTAMP)", chatId));
    }

    private static Request from(long chatId, String clientLanguage) {
        return new Request(chatId, chatId, clientLanguage, "/start", Request.ChatType.PRIVATE, Request.Origin.MESSAGE);
    }

    @Test
    void firstContactTakesTheClientsLanguageAndKeepsIt() {
        seen(1);
        assertEquals("ru", new ChatLanguages(jdbi).resolve(from(1, "ru-RU")).language());
        // a later request from an English client (another member, another device) does not change it
        assertEquals("ru", new ChatLanguages(jdbi).resolve(from(1, "en")).language());
    }

    @Test
    void anyOtherClientLanguageReadsEnglish() {
        seen(2);
        assertEquals("en", new ChatLanguages(jdbi).resolve(from(2, "az")).language());
    }

    @Test
    void aChosenLanguageSurvivesANewInstanceAsAfterARestart() {
        seen(3);
        new ChatLanguages(jdbi).resolve(from(3, "ru"));
        new ChatLanguages(jdbi).set(3, false, Language.HY);
        ChatLanguages afterRestart = new ChatLanguages(jdbi);
        assertEquals(Language.HY, afterRestart.of(3));
        assertEquals("hy", afterRestart.resolve(from(3, "ru")).language());
    }

    @Test
    void aChatWithoutARowYetIsAnsweredInItsClientsLanguageAndStoresItOnceItHasOne() {
        ChatLanguages languages = new ChatLanguages(jdbi);
        assertEquals("hy", languages.resolve(from(4, "hy")).language());
        seen(4);
        assertEquals("hy", languages.resolve(from(4, "hy")).language());
        assertEquals(Language.HY, new ChatLanguages(jdbi).of(4));
    }

    @Test
    void aChatTheBotNeverSawReadsEnglishUntilItChooses() {
        ChatLanguages languages = new ChatLanguages(jdbi);
        assertEquals(Language.EN, new ChatLanguages(jdbi).of(99));
        languages.set(99, true, Language.RU);
        assertEquals(Language.RU, new ChatLanguages(jdbi).of(99));
    }
}
