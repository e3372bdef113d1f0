package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Topic;

/** {@code /topics}: every topic, main ones first, with the command that shows it. */
final class TopicsCommand implements Command {

    private final Directory directory;

    TopicsCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public String usage(Messages messages) {
        return "/topics";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.topics.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        List<Topic> topics = directory.topics();
        if (topics.isEmpty()) {
            return Reply.of(messages.get("ask.topics.none"));
        }
        StringBuilder html = new StringBuilder(messages.get("ask.topics.title"));
        for (Topic topic : topics) {
            html.append("\n• ").append(Html.escape(Cards.topicName(topic, messages))).append(" — ")
                    .append(Html.escape(TopicAnswer.commandLine(topic)));
        }
        return Reply.of(html.toString());
    }
}
