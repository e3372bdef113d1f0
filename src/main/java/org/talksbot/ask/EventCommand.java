package org.talksbot.ask;

import java.util.Optional;
import java.util.stream.Collectors;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.EventDetails;
import org.talksbot.store.Source;
import org.talksbot.store.StoreReader;

/** {@code /event ID} (or a unique {@code PREFIX*}): everything about one event, with all its sources and its quotes. */
final class EventCommand implements Command {

    private final StoreReader store;
    private final ItemIds ids;

    EventCommand(StoreReader store, ItemIds ids) {
        this.store = store;
        this.ids = ids;
    }

    @Override
    public String name() {
        return "event";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("ask.event.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.event.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        if (args.isBlank()) {
            return Reply.of(messages.get("ask.event.which"));
        }
        return ItemIds.resolve(args.strip(), ids::eventsStartingWith).flatMap(id -> details(id, messages))
                .orElseGet(() -> Reply.of(messages.get("ask.event.unknown", "id", Html.escape(Texts.echo(args)))));
    }

    Optional<Reply> details(String eventId, Messages messages) {
        return store.eventDetails(eventId).map(details -> render(details, messages));
    }

    private static Reply render(EventDetails details, Messages messages) {
        Event event = details.event();
        StringBuilder html = new StringBuilder()
                .append(Cards.date(event.date(), messages)).append(" · ").append(Html.bold(Cards.title(event, messages)))
                .append("\n\n").append(Html.escape(event.summary()));
        if (event.place() != null && !event.place().isBlank()) {
            html.append("\n\n").append(messages.get("ask.event.place", "place", Html.escape(event.place())));
        }
        if (!details.people().isEmpty()) {
            html.append("\n").append(messages.get("ask.event.people", "people", details.people().stream()
                    .map(person -> Html.escape(person.name())).collect(Collectors.joining(", "))));
        }
        if (!details.topics().isEmpty()) {
            html.append("\n").append(messages.get("ask.event.topics", "topics", details.topics().stream()
                    .map(topic -> Html.escape(Cards.topicName(topic, messages) + " (" + TopicAnswer.commandLine(topic) + ")"))
                    .collect(Collectors.joining(", "))));
        }
        html.append("\n").append(messages.get("ask.event.sources"));
        for (Source source : details.sources()) {
            html.append("\n• ").append(Html.link(source.name(), source.url()));
        }
        if (!details.quotes().isEmpty()) {
            html.append("\n\n").append(messages.get("ask.heading.quotes")).append(Cards.list(
                    details.quotes().stream().<Item>map(Item.OfQuote::new).toList(), messages));
        }
        html.append(EnglishContent.notice(messages));
        return Reply.of(html.toString());
    }
}
