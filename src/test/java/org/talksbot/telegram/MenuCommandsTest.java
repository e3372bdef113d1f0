package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.MenuEntry;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

class MenuCommandsTest {

    @Test
    void entriesTelegramWouldRefuseAreDroppedAndTheRestKept() {
        List<BotCommand> commands = MenuCommands.of(List.of(
                new MenuEntry("latest", "Newest events"),
                new MenuEntry("Latest", "upper case is not allowed"),
                new MenuEntry("a".repeat(33), "too long a name"),
                new MenuEntry("empty", " "),
                new MenuEntry("wordy", "x".repeat(257)),
                new MenuEntry("latest", "a second latest"),
                new MenuEntry("who_said", "Quotes by a person")));

        assertEquals(List.of("latest", "who_said"), commands.stream().map(BotCommand::getCommand).toList());
    }

    @Test
    void atMostAHundredCommandsAreKept() {
        List<MenuEntry> menu = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            menu.add(new MenuEntry("c" + i, "command " + i));
        }

        assertEquals(100, MenuCommands.of(menu).size());
    }
}
