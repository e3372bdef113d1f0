package org.talksbot.ask;

import java.util.Collection;
import java.util.function.Supplier;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** {@code /help}: every registered command with its usage and one line, topic shortcuts included. */
final class HelpCommand implements Command {

    private final Supplier<Collection<Command>> commands;

    HelpCommand(Supplier<Collection<Command>> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "/help";
    }

    @Override
    public String description() {
        return "Every command, one line each";
    }

    @Override
    public Reply answer(Request request, String args) {
        StringBuilder html = new StringBuilder("<b>Commands</b>");
        for (Command command : commands.get()) {
            html.append("\n").append(Html.escape(command.usage())).append(" — ")
                    .append(Html.escape(command.description()));
        }
        html.append("\n\nEvery answer comes from the curated store, with its date and source.");
        return Reply.of(html.toString());
    }
}
