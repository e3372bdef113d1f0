package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

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
    public String usage() {
        return "/subscribe [all | topic | person]";
    }

    @Override
    public String description() {
        return "Get a message when a new event or quote is added";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return choices();
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of(TargetButtons.GROUP_REFUSAL);
        }
        Resolution resolution = subscriptions.resolver().resolve(args);
        if (resolution instanceof Resolution.Found found) {
            return subscribe(request, found.target());
        }
        if (resolution instanceof Resolution.Choices choices) {
            return Reply.of(choices.guessed()
                            ? "I don't know " + TargetButtons.echo(args) + ". Did you mean:"
                            : TargetButtons.echo(args) + " could mean several things. Which one?",
                    TargetButtons.rows("/subscribe", choices.targets(), ""));
        }
        return Reply.of("I don't know " + TargetButtons.echo(args)
                + " as a topic or a person. Send /subscribe alone to see what you can follow.");
    }

    private Reply subscribe(Request request, Target target) {
        if (!subscriptions.add(request, target)) {
            return Reply.of("This chat already follows " + TargetButtons.describe(target) + ".");
        }
        return Reply.of("This chat now follows " + TargetButtons.describe(target)
                + ". You will get a short message whenever " + whatIsSent(target) + ".\n"
                + "/subscriptions shows everything this chat follows.");
    }

    private static String whatIsSent(Target target) {
        return switch (target.kind()) {
            case ALL -> "a new event or quote is added";
            case TOPIC -> "a new event or quote on this topic is added";
            case PERSON -> "a new event they took part in or a new quote by them is added";
        };
    }

    private Reply choices() {
        List<Target> targets = new ArrayList<>();
        targets.add(Target.ALL);
        jdbi.useExtension(TargetQueries.class, q -> {
            q.mainTopics().forEach(t -> targets.add(new Target(Target.Kind.TOPIC, t.id(), t.name())));
            q.mainPeople(MAIN_PEOPLE).forEach(p -> targets.add(new Target(Target.Kind.PERSON, p.id(), p.name())));
        });
        List<List<Button>> rows = TargetButtons.rows("/subscribe", targets, "");
        return Reply.of("What should this chat follow? Choose below, or type e.g. "
                + "<code>/subscribe lachin</code> or <code>/subscribe blinken</code>.", rows);
    }
}
