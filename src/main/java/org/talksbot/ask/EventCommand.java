package org.talksbot.ask;

import java.util.Optional;
import java.util.stream.Collectors;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
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
    public String usage() {
        return "/event ID";
    }

    @Override
    public String description() {
        return "One event in full: summary, place, people, topics, all sources, quotes";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return Reply.of("Which event? Give its id, e.g. /event 2023-03-20-some-event; /latest shows recent events.");
        }
        return ItemIds.resolve(args.strip(), ids::eventsStartingWith).flatMap(this::details).orElseGet(() -> Reply.of("There is no event with the id “"
                + Html.escape(Texts.echo(args)) + "”. /latest and /timeline show the events in the store."));
    }

    Optional<Reply> details(String eventId) {
        return store.eventDetails(eventId).map(EventCommand::render);
    }

    private static Reply render(EventDetails details) {
        Event event = details.event();
        StringBuilder html = new StringBuilder()
                .append(event.date()).append(" · ").append(Html.bold(event.title()))
                .append("\n\n").append(Html.escape(event.summary()));
        if (event.place() != null && !event.place().isBlank()) {
            html.append("\n\n<b>Place:</b> ").append(Html.escape(event.place()));
        }
        if (!details.people().isEmpty()) {
            html.append("\n<b>People:</b> ").append(details.people().stream()
                    .map(person -> Html.escape(person.name())).collect(Collectors.joining(", ")));
        }
        if (!details.topics().isEmpty()) {
            html.append("\n<b>Topics:</b> ").append(details.topics().stream()
                    .map(topic -> Html.escape(topic.name() + " (" + TopicAnswer.commandLine(topic) + ")"))
                    .collect(Collectors.joining(", ")));
        }
        html.append("\n<b>Sources:</b>");
        for (Source source : details.sources()) {
            html.append("\n• ").append(Html.link(source.name(), source.url()));
        }
        if (!details.quotes().isEmpty()) {
            html.append("\n\n<b>Quotes</b>").append(Cards.list(
                    details.quotes().stream().<Item>map(Item.OfQuote::new).toList()));
        }
        return Reply.of(html.toString());
    }
}
