package org.talksbot.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.core.TextCut;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Topic;

/** A topic's own command, such as {@code /lachin}; made for every topic that has a command. */
final class TopicShortcutCommand implements Command {

    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_]{1,32}");

    private final Topic topic;
    private final TopicAnswer answers;

    private TopicShortcutCommand(Topic topic, TopicAnswer answers) {
        this.topic = topic;
        this.answers = answers;
    }

    /** One shortcut per topic with a valid command name, main topics first. */
    static List<Command> forTopics(List<Topic> topics, TopicAnswer answers) {
        List<Command> shortcuts = new ArrayList<>();
        for (Topic topic : topics) {
            if (topic.command() != null && VALID_NAME.matcher(topic.command()).matches()) {
                shortcuts.add(new TopicShortcutCommand(topic, answers));
            }
        }
        return shortcuts;
    }

    @Override
    public String name() {
        return topic.command();
    }

    @Override
    public String usage(Messages messages) {
        return "/" + topic.command();
    }

    @Override
    public String description(Messages messages) {
        String line = messages.get("ask.topic.shortcut_description", "topic", Cards.topicName(topic, messages));
        return line.length() <= 256 ? line : TextCut.atMost(line, 255) + "…";
    }

    @Override
    public Reply answer(Request request, String args) {
        return answers.page(topic, Paging.parse(args).offset(), Messages.of(request));
    }

    /** Only main topics crowd the Telegram menu; the others are in /help and /topics. */
    @Override
    public boolean inMenu() {
        return topic.main();
    }
}
