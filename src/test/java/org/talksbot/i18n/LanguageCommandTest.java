package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.Database;

/** /language: shows the chat's language with a button per language, stores a choice, admins only in groups. */
class LanguageCommandTest {

    private static final long ADMIN = 7;
    private final String store = "language-command-" + UUID.randomUUID();
    private final ChatLanguages languages = new ChatLanguages(Database.inMemory(store));
    private final ChatAdmins onlyUserSeven = request -> !request.isGroup() || request.userId() == ADMIN;
    private final LanguageCommand command = new LanguageCommand(languages, onlyUserSeven);

    private Reply send(long chatId, long userId, String args) {
        Request.ChatType type = chatId < 0 ? Request.ChatType.GROUP : Request.ChatType.PRIVATE;
        Request request = languages.resolve(new Request(chatId, userId, "en", "/language " + args, type,
                Request.Origin.MESSAGE));
        return command.answer(request, args);
    }

    @Test
    void aloneItNamesTheChatsLanguageAndOffersAButtonPerLanguageLabelledInItself() {
        Reply reply = send(10, 10, "");

        assertEquals(Messages.of(Language.EN).get("language.current", "name", "English"), reply.html());
        List<Button> buttons = reply.buttons().get(0);
        assertEquals(List.of("English", "Русский", "Հայերեն"), buttons.stream().map(Button::label).toList());
        assertEquals(List.of("/language en", "/language ru", "/language hy"), buttons.stream().map(Button::data).toList());
    }

    @Test
    void aChosenLanguageIsStoredAndConfirmedInThatLanguage() {
        Reply toRussian = send(11, 11, "ru");
        assertEquals(Messages.of(Language.RU).get("language.changed"), toRussian.html());
        assertTrue(toRussian.html().matches("(?s).*\\p{IsCyrillic}.*"), toRussian.html());
        assertEquals(Language.RU, languages.of(11));

        Reply shown = send(11, 11, "");
        assertTrue(shown.html().contains("Русский") && shown.html().startsWith("Язык этого чата"), shown.html());

        Reply toArmenian = send(11, 11, "Armenian");
        assertEquals(Messages.of(Language.HY).get("language.changed"), toArmenian.html());
        assertTrue(toArmenian.html().matches("(?s).*\\p{IsArmenian}.*"), toArmenian.html());
        assertEquals(Language.HY, new ChatLanguages(Database.inMemory(store)).of(11));
    }

    @Test
    void nativeNamesAndRegionalCodesAreUnderstoodInAnyCase() {
        send(12, 12, "РУССКИЙ");
        assertEquals(Language.RU, languages.of(12));
        send(12, 12, "hy-AM");
        assertEquals(Language.HY, languages.of(12));
        send(12, 12, "English");
        assertEquals(Language.EN, languages.of(12));
    }

    @Test
    void anUnknownLanguageIsAnsweredPolitelyWithTheChoicesInTheChatsLanguage() {
        send(13, 13, "ru");
        Reply reply = send(13, 13, "klingon <b>");

        assertEquals(Messages.of(Language.RU).get("language.unknown", "typed", "klingon &lt;b&gt;"), reply.html());
        assertEquals(3, reply.buttons().get(0).size());
        assertEquals(Language.RU, languages.of(13));

        Reply english = send(14, 14, "fr");
        assertTrue(english.html().contains("/language hy") && english.html().contains("“fr”"), english.html());
    }

    @Test
    void inAGroupOnlyAnAdminChangesTheLanguageAndOthersAreToldSoInTheGroupsLanguage() {
        long group = -100;
        send(group, ADMIN, "hy");
        assertEquals(Language.HY, languages.of(group));

        Reply refused = send(group, 8, "ru");

        assertEquals(Messages.of(Language.HY).get("language.admins.only"), refused.html());
        assertEquals(Language.HY, languages.of(group));
        assertTrue(send(group, 8, "").html().contains("Հայերեն"), "anyone may look");
    }

    @Test
    void theMenuLineAndUsageComeFromEachLanguagesBundle() {
        assertEquals(Messages.of(Language.EN).get("language.description"), command.description(Messages.of(Language.EN)));
        assertTrue(command.description(Messages.of(Language.RU)).matches("(?s).*\\p{IsCyrillic}.*"));
        assertTrue(command.description(Messages.of(Language.HY)).matches("(?s).*\\p{IsArmenian}.*"));
        assertTrue(command.usage(Messages.of(Language.HY)).startsWith("/language"));
    }
}
