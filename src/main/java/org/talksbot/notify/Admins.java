package org.talksbot.notify;

import java.util.Set;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** The bot's operators (TALKSBOT_ADMINS): the only users allowed /stats and /reload. */
public record Admins(Set<Long> userIds) {

    public static final Reply REFUSAL = Reply.of("Sorry, this command is only for the bot's operators.");

    public Admins {
        userIds = Set.copyOf(userIds);
    }

    public boolean include(Request request) {
        return userIds.contains(request.userId());
    }
}
