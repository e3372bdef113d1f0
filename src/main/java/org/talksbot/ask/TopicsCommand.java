package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
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
    public String usage() {
        return "/topics";
    }

    @Override
    public String description() {
        return "All topics and their shortcuts";
    }

    @Override
    public Reply answer(Request request, String args) {
        List<Topic> topics = directory.topics();
        if (topics.isEmpty()) {
            return Reply.of("The store has no topics yet.");
        }
        StringBuilder html = new StringBuilder("<b>Topics</b>");
        for (Topic topic : topics) {
            html.append("\n• ").append(Html.escape(topic.name())).append(" — ")
                    .append(Html.escape(TopicAnswer.commandLine(topic)));
        }
        return Reply.of(html.toString());
    }
}
