package org.talksbot.inbox;

import java.util.List;
import org.talksbot.core.Reply;

/** What handling an update produced: the replies to queue for its chat (none for most non-messages). */
public record Handled(long chatId, boolean group, List<Reply> replies) {

    public static final Handled NOTHING = new Handled(0, false, List.of());

    public Handled {
        replies = List.copyOf(replies);
    }

    public static Handled reply(long chatId, boolean group, Reply reply) {
        return new Handled(chatId, group, List.of(reply));
    }
}
