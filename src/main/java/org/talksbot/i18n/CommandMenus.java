package org.talksbot.i18n;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.talksbot.core.Command;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.TextCut;

/**
 * The command menu in each language: the same commands, each described from that language's bundle.
 * A description a language leaves blank falls back to the English one, so no entry is lost.
 */
public final class CommandMenus {

    /** Telegram's limit for a menu description. */
    static final int MAX_DESCRIPTION = 256;

    private CommandMenus() {
    }

    public static Map<Language, List<MenuEntry>> of(Collection<Command> commands) {
        Map<Language, List<MenuEntry>> menus = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            menus.put(language, commands.stream()
                    .filter(Command::inMenu)
                    .map(command -> new MenuEntry(command.name(), line(command, messages)))
                    .toList());
        }
        return menus;
    }

    private static String line(Command command, Messages messages) {
        String line = strip(command.description(messages));
        if (line.isEmpty()) {
            line = strip(command.description(Messages.of(Language.EN)));
        }
        if (line.isEmpty()) {
            line = "/" + command.name();
        }
        return TextCut.withEllipsis(line, MAX_DESCRIPTION - 1);
    }

    private static String strip(String description) {
        return description == null ? "" : description.strip();
    }
}
