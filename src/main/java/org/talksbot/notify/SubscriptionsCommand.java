package org.talksbot.notify;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

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
    public String usage(Messages messages) {
        return "/subscriptions";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("notify.subscriptions.description");
    }

    private static List<Button> settingsRow(Messages m) {
        return List.of(new Button(m.get("notify.button.delivery"), "/digest"),
                new Button(m.get("notify.button.quiet"), "/quiet"),
                new Button(m.get("notify.button.timezone"), "/timezone"));
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        List<Target> followed = subscriptions.of(request.chatId()).stream()
                .map(target -> subscriptions.names().shown(target, m.language())).toList();
        ChatSettings current = settings.of(request.chatId());
        String delivery = m.get("notify.subscriptions.settings", "mode", current.describeMode(m),
                "quiet", current.quietHours().describe(m), "zone", current.describeZone(m));
        List<List<Button>> rows = new ArrayList<>();
        if (followed.isEmpty()) {
            rows.add(settingsRow(m));
            return Reply.of(m.get("notify.subscriptions.none") + "\n\n" + delivery, rows);
        }
        StringBuilder html = new StringBuilder(m.get("notify.subscriptions.list")).append('\n');
        followed.forEach(target -> html.append("• ").append(TargetButtons.describe(target, m)).append('\n'));
        html.append(m.get(request.isGroup() ? "notify.subscriptions.group_hint" : "notify.subscriptions.private_hint"));
        html.append("\n\n").append(delivery);
        rows.addAll(TargetButtons.rows("/unsubscribe", followed,
                target -> m.get("notify.subscriptions.stop_button", "name", TargetButtons.label(target, m))));
        rows.add(settingsRow(m));
        return Reply.of(html.toString(), rows);
    }
}
