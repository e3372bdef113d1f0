package org.talksbot.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.Person;
import org.talksbot.store.StoreReader;

/** {@code /who NAME}: a person's card with their latest quotes and events; lists people without a name. */
final class WhoCommand implements Command {

    static final int SHOWN = 5;
    private static final int LIST_BUTTONS = 6;

    private final StoreReader store;
    private final Directory directory;

    WhoCommand(StoreReader store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "who";
    }

    @Override
    public String usage() {
        return "/who NAME";
    }

    @Override
    public String description() {
        return "A person: role, latest quotes and events";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return list();
        }
        Names.Match match = directory.people().find(args);
        if (match.found()) {
            return card(match.id()).orElseGet(this::list);
        }
        if (!match.suggestions().isEmpty()) {
            return suggest(match.suggestions());
        }
        return Reply.of("I don't know “" + Html.escape(Texts.echo(args)) + "”. People I know: "
                + names(directory.mostActive().subList(0, Math.min(5, directory.mostActive().size()))) + ". /who lists more.");
    }

    /** The card of the person with this id, if there is one. */
    Optional<Reply> card(String personId) {
        return store.people().byId(personId).map(person -> {
            StringBuilder html = new StringBuilder(Html.bold(person.name()));
            if (person.role() != null && !person.role().isBlank()) {
                html.append(" — ").append(Html.escape(person.role()));
            }
            List<Item> quotes = store.quotes().byPerson(personId, SHOWN, 0).stream()
                    .<Item>map(Item.OfQuote::new).toList();
            List<Item> events = store.newestEventsOf(personId, SHOWN).stream()
                    .<Item>map(Item.OfEvent::new).toList();
            if (quotes.isEmpty() && events.isEmpty()) {
                html.append("\n\nNo quotes or events of ").append(Html.escape(person.name()))
                        .append(" in the store yet. /latest shows the newest events.");
            }
            if (!quotes.isEmpty()) {
                html.append("\n\n<b>Latest quotes</b>").append(Cards.list(quotes));
            }
            if (!events.isEmpty()) {
                html.append("\n\n<b>Events</b>").append(Cards.list(events));
            }
            List<List<Button>> buttons = quotes.isEmpty() && events.isEmpty() ? List.of()
                    : ChartButton.of(personId).map(chart -> List.of(List.of(chart))).orElse(List.of());
            return Reply.of(html.toString(), buttons);
        });
    }

    private Reply suggest(List<String> ids) {
        List<Person> people = ids.stream().map(id -> store.people().byId(id)).flatMap(Optional::stream).toList();
        String question = people.size() == 1 ? "Did you mean " + Html.escape(people.get(0).name()) + "?"
                : "Did you mean one of these? " + names(people);
        return Reply.of(question, buttons(people));
    }

    private Reply list() {
        List<Person> people = directory.mostActive();
        if (people.isEmpty()) {
            return Reply.of("The store has no people yet.");
        }
        StringBuilder html = new StringBuilder("<b>People in the store</b> (try /who NAME)");
        for (Person person : people) {
            html.append("\n• ").append(Html.escape(person.name()));
            if (person.role() != null && !person.role().isBlank()) {
                html.append(" — ").append(Html.escape(person.role()));
            }
        }
        return Reply.of(html.toString(), buttons(people.subList(0, Math.min(LIST_BUTTONS, people.size()))));
    }

    /** One button per person, two to a row. */
    private static List<List<Button>> buttons(List<Person> people) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Person person : people) {
            String data = "/who " + person.id();
            if (!Paging.fits(data)) {
                continue;
            }
            row.add(new Button(person.name(), data));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static String names(List<Person> people) {
        return String.join(", ", people.stream().map(person -> Html.escape(person.name())).toList());
    }
}
