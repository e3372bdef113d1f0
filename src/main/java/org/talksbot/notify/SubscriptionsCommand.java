package org.talksbot.notify;

import java.util.List;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** {@code /subscriptions}: what this chat follows, each with an unsubscribe button. */
public final class SubscriptionsCommand implements Command {

    private final Subscriptions subscriptions;

    public SubscriptionsCommand(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public String usage() {
        return "/subscriptions";
    }

    @Override
    public String description() {
        return "What this chat follows";
    }

    @Override
    public Reply answer(Request request, String args) {
        List<Target> followed = subscriptions.of(request.chatId());
        if (followed.isEmpty()) {
            return Reply.of("This chat follows nothing yet. /subscribe shows what it can follow.");
        }
        StringBuilder html = new StringBuilder("This chat follows:\n");
        followed.forEach(target -> html.append("• ").append(TargetButtons.describe(target)).append('\n'));
        html.append(request.isGroup() ? "Only the group's admins can change this." : "Tap a button to stop one.");
        return Reply.of(html.toString(), TargetButtons.rows("/unsubscribe", followed, "Stop: "));
    }
}
