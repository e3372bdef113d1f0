package org.talksbot.notify;

import java.util.List;
import java.util.Set;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/** {@code /unsubscribe NAME | all}: stop following one target, or everything. */
public final class UnsubscribeCommand implements Command {

    private static final Set<String> EVERYTHING = Set.of("all", "everything");

    private final Subscriptions subscriptions;
    private final ChatAdmins chatAdmins;
    private final SubscriptionsCommand list;

    public UnsubscribeCommand(Subscriptions subscriptions, ChatAdmins chatAdmins) {
        this.subscriptions = subscriptions;
        this.chatAdmins = chatAdmins;
        this.list = new SubscriptionsCommand(subscriptions);
    }

    @Override
    public String name() {
        return "unsubscribe";
    }

    @Override
    public String usage() {
        return "/unsubscribe NAME | all";
    }

    @Override
    public String description() {
        return "Stop messages about a topic or person, or all of them";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return list.answer(request, args);
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of(TargetButtons.GROUP_REFUSAL);
        }
        if (EVERYTHING.contains(TargetResolver.normalize(args))) {
            return subscriptions.removeAll(request.chatId()) > 0
                    ? Reply.of("This chat no longer follows anything. /subscribe starts again.")
                    : Reply.of("This chat did not follow anything. /subscribe shows what it can follow.");
        }
        Resolution resolution = subscriptions.resolver().resolve(args);
        if (resolution instanceof Resolution.Found found) {
            Target target = found.target();
            return subscriptions.remove(request.chatId(), target)
                    ? Reply.of("This chat no longer follows " + TargetButtons.describe(target) + ".")
                    : Reply.of("This chat does not follow " + TargetButtons.describe(target)
                            + ". /subscriptions shows what it follows.");
        }
        if (resolution instanceof Resolution.Choices choices) {
            List<Target> followed = subscriptions.of(request.chatId());
            List<Target> offered = choices.targets().stream().filter(followed::contains).toList();
            if (!offered.isEmpty()) {
                return Reply.of(choices.guessed()
                                ? "I don't know " + TargetButtons.echo(args) + ". Did you mean:"
                                : TargetButtons.echo(args) + " could mean several things. Which one?",
                        TargetButtons.rows("/unsubscribe", offered, ""));
            }
        }
        return Reply.of("This chat follows nothing called " + TargetButtons.echo(args)
                + ". /subscriptions shows what it follows.");
    }
}
