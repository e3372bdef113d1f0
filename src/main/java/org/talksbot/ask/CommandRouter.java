package org.talksbot.ask;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Bot;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** Skeleton: routes a request to its command. Replaced by the ask feature. */
public final class CommandRouter implements Bot {

    public static CommandRouter create(Jdbi jdbi) {
        return new CommandRouter();
    }

    @Override
    public Reply answer(Request request) {
        return Reply.of("talksbot: " + org.talksbot.core.Html.escape(request.text()));
    }

    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("start", "What this bot is"));
    }
}
