package org.talksbot.ask;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.StoreReader;

/** {@code /start [PAYLOAD]}: what the bot is; a deep-link payload such as {@code topic-lachin-corridor} opens that answer. */
final class StartCommand implements Command {

    private static final Pattern PAYLOAD = Pattern.compile("(topic|person|event)-([A-Za-z0-9_-]{1,57})");

    private final StoreReader store;
    private final WhoCommand who;
    private final EventCommand event;
    private final TopicAnswer topics;

    StartCommand(StoreReader store, WhoCommand who, EventCommand event, TopicAnswer topics) {
        this.store = store;
        this.who = who;
        this.event = event;
        this.topics = topics;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String usage(Messages messages) {
        return "/start";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("start.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        return deepLink(args, messages).orElseGet(() -> Reply.of(messages.get("start.welcome")));
    }

    private Optional<Reply> deepLink(String payload, Messages messages) {
        Matcher m = PAYLOAD.matcher(payload);
        if (payload.length() > 64 || !m.matches()) {
            return Optional.empty();
        }
        String id = m.group(2);
        return switch (m.group(1)) {
            case "topic" -> store.topics().byId(id).map(topic -> topics.page(topic, 0, messages));
            case "person" -> who.card(id, messages);
            default -> event.details(id, messages);
        };
    }
}
