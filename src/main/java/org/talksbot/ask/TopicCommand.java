package org.talksbot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/** {@code /topic NAME}: a topic found by any of its names, with did-you-mean for misspellings. */
final class TopicCommand implements Command {

    private final StoreReader store;
    private final Directory directory;
    private final TopicAnswer answers;

    TopicCommand(StoreReader store, Directory directory, TopicAnswer answers) {
        this.store = store;
        this.directory = directory;
        this.answers = answers;
    }

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("ask.topic.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.topic.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        Paging.Page page = Paging.parse(args);
        if (page.args().isBlank()) {
            return Reply.of(messages.get("ask.topic.which"));
        }
        NameMatch match = directory.names().find(page.args(), EnumSet.of(Named.Kind.TOPIC));
        if (match instanceof NameMatch.Found found) {
            Optional<Topic> topic = store.topics().byId(found.named().id());
            if (topic.isPresent()) {
                return answers.page(topic.get(), page.offset(), messages);
            }
        }
        List<Topic> suggestions = match.candidates().stream()
                .map(named -> store.topics().byId(named.id())).flatMap(Optional::stream).toList();
        if (suggestions.isEmpty()) {
            return Reply.of(messages.get("ask.topic.unknown", "name", Html.escape(Texts.echo(page.args()))));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (Topic topic : suggestions) {
            // a topic whose command line is too long for button data is still named in the question
            ButtonData.of(TopicAnswer.commandLine(topic))
                    .ifPresent(data -> rows.add(List.of(new Button(Cards.topicName(topic, messages), data))));
        }
        String question = suggestions.size() == 1
                ? messages.get("common.did_you_mean", "name", Html.escape(Cards.topicName(suggestions.get(0), messages)))
                : messages.get("ask.topic.did_you_mean_many");
        return Reply.of(question, rows);
    }
}
