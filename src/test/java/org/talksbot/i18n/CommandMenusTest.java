package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Command;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** The command menu in each language, from each command's description in that language. */
class CommandMenusTest {

    private static Command command(String name, String english, String elsewhere, boolean inMenu) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String usage(Messages messages) {
                return "/" + name;
            }

            @Override
            public String description(Messages messages) {
                return messages.language() == Language.EN ? english : elsewhere;
            }

            @Override
            public Reply answer(Request request, String args) {
                return Reply.of("");
            }

            @Override
            public boolean inMenu() {
                return inMenu;
            }
        };
    }

    @Test
    void eachLanguageGetsTheSameCommandsDescribedFromItsOwnBundle() {
        LanguageCommand language = new LanguageCommand(null, request -> true);

        Map<Language, List<MenuEntry>> menus = CommandMenus.of(List.of(language, command("stats", "Stats", "Статистика", false)));

        assertEquals(List.of(Language.EN, Language.RU, Language.HY), List.copyOf(menus.keySet()));
        for (Language each : Language.values()) {
            assertEquals(List.of(new MenuEntry("language", Messages.of(each).get("language.description"))), menus.get(each));
        }
        assertTrue(menus.get(Language.RU).get(0).description().matches("(?s).*\\p{IsCyrillic}.*"));
        assertTrue(menus.get(Language.HY).get(0).description().matches("(?s).*\\p{IsArmenian}.*"));
    }

    @Test
    void aBlankTranslationFallsBackToEnglishAndALongOneIsCutToTelegramsLimit() {
        Map<Language, List<MenuEntry>> menus = CommandMenus.of(List.of(
                command("lachin", "Lachin corridor", " ", true),
                command("wordy", "Short", "ж".repeat(300), true)));

        assertEquals("Lachin corridor", menus.get(Language.RU).get(0).description());
        String cut = menus.get(Language.HY).get(1).description();
        assertTrue(cut.length() <= CommandMenus.MAX_DESCRIPTION && cut.endsWith("…"), cut);
    }
}
