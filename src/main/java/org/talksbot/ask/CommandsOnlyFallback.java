package org.talksbot.ask;

import org.talksbot.core.Bot;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** The answer to plain text until question answering is plugged in: points to the commands. */
final class CommandsOnlyFallback implements Bot {

    static final String HINT = "I answer commands for now: try /latest, /who blinken, /lachin — /help lists all.";

    @Override
    public Reply answer(Request request) {
        return Reply.of(HINT);
    }
}
