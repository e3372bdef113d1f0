package org.talksbot.ask;

import java.util.Collection;
import java.util.function.Supplier;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * {@code /help}: every registered command with its usage and one line in the reader's language, topic
 * shortcuts included; commands only the operators may use come last, under their own heading.
 */
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
    public String usage(Messages messages) {
        return "/help";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("start.help.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        StringBuilder html = new StringBuilder(messages.get("start.help.title"));
        StringBuilder operators = new StringBuilder();
        for (Command command : commands.get()) {
            StringBuilder to = command.operatorsOnly() ? operators : html;
            to.append("\n").append(Html.escape(command.usage(messages))).append(" — ")
                    .append(Html.escape(command.description(messages)));
        }
        if (!operators.isEmpty()) {
            html.append("\n\n").append(messages.get("common.operator_commands")).append(operators);
        }
        html.append("\n\n").append(messages.get("start.help.footer"));
        return Reply.of(html.toString());
    }
}
