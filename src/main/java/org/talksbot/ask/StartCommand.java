package org.talksbot.ask;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.StoreReader;

/** {@code /start [PAYLOAD]}: what the bot is; a deep-link payload such as {@code topic-lachin-corridor} opens that answer. */
final class StartCommand implements Command {

    private static final Pattern PAYLOAD = Pattern.compile("(topic|person|event)-([A-Za-z0-9_-]{1,57})");
    static final String WELCOME = """
            <b>talksbot</b> answers questions about the Armenia–Azerbaijan peace talks from a curated store \
            of events and verbatim quotes. Every answer is dated and links to its source; when the store \
            has no answer, I say so.

            I can show the latest events, a timeline, what a person said and did, topics such as the \
            Lachin corridor, and a word search. Try:
            /latest
            /who blinken
            /timeline 2023

            /help lists every command; /sources tells where the data comes from.""";

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
    public String usage() {
        return "/start";
    }

    @Override
    public String description() {
        return "What this bot is and what it can answer";
    }

    @Override
    public Reply answer(Request request, String args) {
        return deepLink(args).orElseGet(() -> Reply.of(WELCOME));
    }

    private Optional<Reply> deepLink(String payload) {
        Matcher m = PAYLOAD.matcher(payload);
        if (payload.length() > 64 || !m.matches()) {
            return Optional.empty();
        }
        String id = m.group(2);
        return switch (m.group(1)) {
            case "topic" -> store.topics().byId(id).map(topic -> topics.page(topic, 0));
            case "person" -> who.card(id);
            default -> event.details(id);
        };
    }
}
