package org.talksbot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;
import org.talksbot.store.Person;
import org.talksbot.store.StoreReader;

/**
 * {@code /who NAME}: a person's card (role dated, how many quotes and events, the newest of each, and
 * buttons to all of them); {@code /who} alone pages through everyone in the store.
 */
final class WhoCommand implements Command {

    static final int SHOWN = 5;
    static final int LISTED = 12;
    private static final Set<Named.Kind> PEOPLE = EnumSet.of(Named.Kind.PERSON);

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
        Paging.Page page = Paging.parse(args);
        if (page.args().isBlank()) {
            return list(page.offset());
        }
        NameMatch match = directory.names().find(page.args(), PEOPLE);
        if (match instanceof NameMatch.Found found) {
            return card(found.named().id(), page.offset()).orElseGet(() -> list(0));
        }
        if (match instanceof NameMatch.None) {
            List<Person> people = directory.people();
            return Reply.of("I don't know “" + Html.escape(Texts.echo(page.args())) + "”. People I know include "
                    + names(people.subList(0, Math.min(5, people.size()))) + ". /who lists everyone.");
        }
        List<Person> people = match.candidates().stream().map(n -> store.people().byId(n.id()))
                .flatMap(Optional::stream).toList();
        String question = people.size() == 1 ? "Did you mean " + Html.escape(people.get(0).name()) + "?"
                : "Did you mean one of these? " + names(people);
        return Reply.of(question, buttons(people));
    }

    /** The first page of a person's card, if there is such a person. */
    Optional<Reply> card(String personId) {
        return card(personId, 0);
    }

    private Optional<Reply> card(String personId, int offset) {
        return store.people().byId(personId).map(person -> {
            StringBuilder html = new StringBuilder(Html.bold(person.name())).append(Roles.line(store, person));
            int quoteCount = store.people().quoteCount(personId);
            int eventCount = store.people().eventCount(personId);
            List<Item> quotes = store.quotes().byPerson(personId, SHOWN, offset).stream()
                    .<Item>map(Item.OfQuote::new).toList();
            List<Item> events = (offset == 0 ? store.newestEventsOf(personId, SHOWN)
                    : store.events().byPerson(personId, SHOWN, offset)).stream().<Item>map(Item.OfEvent::new).toList();
            html.append("\n").append(counted(quoteCount, "quote")).append(" and ").append(counted(eventCount, "event"))
                    .append(" in the store");
            if (quoteCount + eventCount == 0) {
                html.append(" yet. /latest shows the newest events.");
                return Reply.of(html.toString());
            }
            html.append(offset == 0 ? "; the newest:" : "; older ones, from number " + (offset + 1) + ":");
            if (!quotes.isEmpty()) {
                html.append("\n\n<b>Quotes</b>").append(Cards.list(quotes));
            }
            if (!events.isEmpty()) {
                html.append("\n\n<b>Events</b>").append(Cards.list(events));
            }
            List<List<Button>> rows = new ArrayList<>();
            if (quoteCount > 0 && Paging.fits("/quotes " + personId)) {
                rows.add(List.of(new Button("All " + counted(quoteCount, "quote"), "/quotes " + personId)));
            }
            if (quoteCount > offset + SHOWN || eventCount > offset + SHOWN) {
                rows.addAll(Paging.more("/who " + personId, offset + SHOWN));
            }
            ChartButton.of(personId).ifPresent(chart -> rows.add(List.of(chart)));
            return Reply.of(html.toString(), rows);
        });
    }

    private Reply list(int offset) {
        List<Person> everyone = directory.people();
        if (everyone.isEmpty()) {
            return Reply.of("The store has no people yet.");
        }
        if (offset >= everyone.size()) {
            return Reply.of("That is everyone: " + everyone.size() + " in the store. /who lists them from the start.");
        }
        List<Person> page = everyone.subList(offset, Math.min(everyone.size(), offset + LISTED));
        StringBuilder html = new StringBuilder("<b>People in the store</b> (").append(offset + 1).append('–')
                .append(offset + page.size()).append(" of ").append(everyone.size()).append("; try /who NAME)");
        for (Person person : page) {
            html.append("\n• ").append(Html.escape(person.name()));
            if (person.role() != null && !person.role().isBlank()) {
                html.append(" — ").append(Html.escape(person.role()));
            }
        }
        List<List<Button>> rows = new ArrayList<>(buttons(page.subList(0, Math.min(6, page.size()))));
        if (offset + page.size() < everyone.size()) {
            rows.addAll(Paging.more("/who", offset + page.size()));
        }
        return Reply.of(html.toString(), rows);
    }

    private static String counted(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
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
