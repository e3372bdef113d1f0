package org.talksbot.notify;

import java.util.List;
import java.util.Set;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** {@code /unsubscribe NAME | all}: stop following one target, or everything. */
public final class UnsubscribeCommand implements Command {

    private static final Set<String> EVERYTHING = Set.of("all", "everything", "все", "всё", "բոլորը");

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
    public String usage(Messages messages) {
        return messages.get("notify.unsubscribe.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("notify.unsubscribe.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return list.answer(request, args);
        }
        Messages m = Messages.of(request);
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return TargetButtons.groupRefusal(m);
        }
        if (EVERYTHING.contains(TargetResolver.normalize(args))) {
            return Reply.of(m.get(subscriptions.removeAll(request.chatId()) > 0
                    ? "notify.unsubscribe.all_done" : "notify.unsubscribe.all_none"));
        }
        Resolution resolution = subscriptions.resolver().resolve(args);
        if (resolution instanceof Resolution.Found found) {
            Target target = found.target();
            return Reply.of(m.get(subscriptions.remove(request.chatId(), target)
                    ? "notify.unsubscribe.done" : "notify.unsubscribe.not_followed",
                    "target", TargetButtons.describe(subscriptions.names().shown(target, m.language()), m)));
        }
        if (resolution instanceof Resolution.Choices choices) {
            List<Target> followed = subscriptions.of(request.chatId());
            List<Target> offered = choices.targets().stream().filter(followed::contains).toList();
            if (!offered.isEmpty()) {
                return TargetButtons.choices(choices, args, "/unsubscribe",
                        offered.stream().map(t -> subscriptions.names().shown(t, m.language())).toList(), m);
            }
        }
        return Reply.of(m.get("notify.unsubscribe.unknown", "typed", TargetButtons.echo(args)));
    }
}
