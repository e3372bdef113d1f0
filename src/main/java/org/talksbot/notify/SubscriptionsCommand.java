package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

/**
 * {@code /subscriptions}: what this chat follows, each with an unsubscribe button, and how and when it
 * hears (delivery mode, quiet hours, zone), with buttons to change those.
 */
public final class SubscriptionsCommand implements Command {

    private final Subscriptions subscriptions;

    private final DeliverySettings settings;

    public SubscriptionsCommand(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.settings = subscriptions.settings();
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
        return "What this chat follows, and how and when it hears";
    }

    private static List<Button> settingsRow() {
        return List.of(new Button("Delivery", "/digest"), new Button("Quiet hours", "/quiet"),
                new Button("Time zone", "/timezone"));
    }

    @Override
    public Reply answer(Request request, String args) {
        List<Target> followed = subscriptions.of(request.chatId());
        ChatSettings current = settings.of(request.chatId());
        String delivery = "Delivery: " + current.describeMode() + "\nQuiet hours: " + current.quietHours().describe()
                + "\nTime zone: " + current.describeZone();
        List<List<Button>> rows = new ArrayList<>();
        if (followed.isEmpty()) {
            rows.add(settingsRow());
            return Reply.of("This chat follows nothing yet. /subscribe shows what it can follow.\n\n" + delivery,
                    rows);
        }
        StringBuilder html = new StringBuilder("This chat follows:\n");
        followed.forEach(target -> html.append("• ").append(TargetButtons.describe(target)).append('\n'));
        html.append(request.isGroup() ? "Only the group's admins can change this." : "Tap a button to stop one.");
        html.append("\n\n").append(delivery);
        rows.addAll(TargetButtons.rows("/unsubscribe", followed, "Stop: "));
        rows.add(settingsRow());
        return Reply.of(html.toString(), rows);
    }
}
