package org.talksbot.telegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.MenuEntry;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The menu as Telegram accepts it: entries it would refuse are dropped with a log line, not the whole menu. */
final class MenuCommands {

    private static final Logger log = LoggerFactory.getLogger(MenuCommands.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");
    static final int MAX_COMMANDS = 100;
    static final int MAX_DESCRIPTION = 256;

    private MenuCommands() {
    }

    static List<BotCommand> of(List<MenuEntry> menu) {
        List<BotCommand> commands = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (MenuEntry entry : menu) {
            String name = entry.command() == null ? "" : entry.command();
            String description = entry.description() == null ? "" : entry.description().strip();
            if (!NAME.matcher(name).matches()) {
                log.warn("menu: dropped /{}: a command name must be 1-32 of a-z, 0-9, _", name);
            } else if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
                log.warn("menu: dropped /{}: its description must be 1-{} characters", name, MAX_DESCRIPTION);
            } else if (!names.add(name)) {
                log.warn("menu: dropped a second /{}", name);
            } else if (commands.size() == MAX_COMMANDS) {
                log.warn("menu: dropped /{}: Telegram shows at most {} commands", name, MAX_COMMANDS);
            } else {
                commands.add(new BotCommand(name, description));
            }
        }
        return commands;
    }
}
