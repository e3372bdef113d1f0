package org.talksbot.notify;

import java.util.Set;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Messages;

/** The bot's operators (TALKSBOT_ADMINS): the only users allowed /stats and /reload. */
public record Admins(Set<Long> userIds) {

    public Admins {
        userIds = Set.copyOf(userIds);
    }

    /** The answer to anyone else, in their language. */
    public static Reply refusal(Messages messages) {
        return Reply.of(messages.get("notify.operators_only"));
    }

    public boolean include(Request request) {
        return userIds.contains(request.userId());
    }
}
