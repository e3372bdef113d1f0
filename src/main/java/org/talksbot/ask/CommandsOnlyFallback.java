package org.talksbot.ask;

import org.talksbot.core.Bot;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Messages;

/** The answer to plain text until question answering is plugged in: points to the commands. */
final class CommandsOnlyFallback implements Bot {

    @Override
    public Reply answer(Request request) {
        return Reply.of(Messages.of(request).get("ask.commands_only"));
    }
}
