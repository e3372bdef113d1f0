package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** {@code /subscribe [all|topic|person]}: follow new events and quotes; alone, it offers buttons. */
public final class SubscribeCommand implements Command {

    static final int MAIN_PEOPLE = 8;

    private final Jdbi jdbi;
    private final Subscriptions subscriptions;
    private final ChatAdmins chatAdmins;

    public SubscribeCommand(Jdbi jdbi, Subscriptions subscriptions, ChatAdmins chatAdmins) {
        this.jdbi = jdbi;
        this.subscriptions = subscriptions;
        this.chatAdmins = chatAdmins;
    }

    @Override
    public String name() {
        return "subscribe";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("notify.subscribe.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("notify.subscribe.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        if (args.isBlank()) {
            return choices(m);
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return TargetButtons.groupRefusal(m);
        }
        Resolution resolution = subscriptions.resolver().resolve(args);
        if (resolution instanceof Resolution.Found found) {
            return subscribe(request, found.target(), m);
        }
        if (resolution instanceof Resolution.Choices choices) {
            return TargetButtons.choices(choices, args, "/subscribe", shown(choices.targets(), m), m);
        }
        return Reply.of(m.get("notify.subscribe.unknown", "typed", TargetButtons.echo(args)));
    }

    private Reply subscribe(Request request, Target target, Messages m) {
        String described = TargetButtons.describe(subscriptions.names().shown(target, m.language()), m);
        if (!subscriptions.add(request, target)) {
            return Reply.of(m.get("notify.subscribe.already", "target", described));
        }
        return Reply.of(m.get("notify.subscribe.done", "target", described,
                "kind", target.kind().name().toLowerCase(Locale.ROOT)));
    }

    private Reply choices(Messages m) {
        List<Target> targets = new ArrayList<>();
        targets.add(Target.ALL);
        jdbi.useExtension(TargetQueries.class, q -> {
            q.mainTopics().forEach(t -> targets.add(new Target(Target.Kind.TOPIC, t.id(), t.name())));
            q.mainPeople(MAIN_PEOPLE).forEach(p -> targets.add(new Target(Target.Kind.PERSON, p.id(), p.name())));
        });
        return Reply.of(m.get("notify.subscribe.choose"), TargetButtons.rows("/subscribe", shown(targets, m), m));
    }

    private List<Target> shown(List<Target> targets, Messages m) {
        return targets.stream().map(t -> subscriptions.names().shown(t, m.language())).toList();
    }
}
