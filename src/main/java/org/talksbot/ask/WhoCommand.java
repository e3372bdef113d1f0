package org.talksbot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
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
    public String usage(Messages messages) {
        return messages.get("ask.who.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.who.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        Paging.Page page = Paging.parse(args);
        if (page.args().isBlank()) {
            return list(page.offset(), messages);
        }
        NameMatch match = directory.names().find(page.args(), PEOPLE);
        if (match instanceof NameMatch.Found found) {
            return card(found.named().id(), page.offset(), messages).orElseGet(() -> list(0, messages));
        }
        if (match instanceof NameMatch.None) {
            List<Person> people = directory.people();
            return Reply.of(messages.get("ask.who.unknown", "name", Html.escape(Texts.echo(page.args())),
                    "names", names(people.subList(0, Math.min(5, people.size())))));
        }
        List<Person> people = match.candidates().stream().map(n -> store.people().byId(n.id()))
                .flatMap(Optional::stream).toList();
        String question = people.size() == 1 ? messages.get("common.did_you_mean", "name", Html.escape(people.get(0).name()))
                : messages.get("ask.who.did_you_mean_many", "names", names(people));
        return Reply.of(question, buttons(people));
    }

    /** The first page of a person's card, if there is such a person. */
    Optional<Reply> card(String personId, Messages messages) {
        return card(personId, 0, messages);
    }

    private Optional<Reply> card(String personId, int offset, Messages messages) {
        return store.people().byId(personId).map(person -> {
            StringBuilder html = new StringBuilder(Html.bold(person.name())).append(Roles.line(store, person, messages));
            int quoteCount = store.people().quoteCount(personId);
            int eventCount = store.people().eventCount(personId);
            List<Item> quotes = store.quotes().byPerson(personId, SHOWN, offset).stream()
                    .<Item>map(Item.OfQuote::new).toList();
            List<Item> events = (offset == 0 ? store.newestEventsOf(personId, SHOWN)
                    : store.events().byPerson(personId, SHOWN, offset)).stream().<Item>map(Item.OfEvent::new).toList();
            if (quoteCount + eventCount == 0) {
                html.append("\n").append(messages.get("ask.who.nothing_yet"));
                if (person.role() != null && !person.role().isBlank()) {
                    html.append(EnglishContent.notice(messages));
                }
                return Reply.of(html.toString());
            }
            html.append("\n").append(offset == 0
                    ? messages.get("ask.who.counts_newest", "quotes", quoteCount, "events", eventCount)
                    : messages.get("ask.who.counts_older", "quotes", quoteCount, "events", eventCount,
                            "from", String.valueOf(offset + 1)));
            if (!quotes.isEmpty()) {
                html.append("\n\n").append(messages.get("ask.heading.quotes")).append(Cards.list(quotes, messages));
            }
            if (!events.isEmpty()) {
                html.append("\n\n").append(messages.get("ask.heading.events")).append(Cards.list(events, messages));
            }
            html.append(EnglishContent.notice(messages));
            List<List<Button>> rows = new ArrayList<>();
            if (quoteCount > 0) {
                ButtonData.of("/quotes", personId).ifPresent(data ->
                        rows.add(List.of(new Button(messages.get("ask.who.all_quotes", "count", quoteCount), data))));
            }
            if (quoteCount > offset + SHOWN || eventCount > offset + SHOWN) {
                rows.addAll(Paging.more("/who " + personId, offset + SHOWN, messages));
            }
            ChartButton.of(personId, messages).ifPresent(chart -> rows.add(List.of(chart)));
            return Reply.of(html.toString(), rows);
        });
    }

    private Reply list(int offset, Messages messages) {
        List<Person> everyone = directory.people();
        if (everyone.isEmpty()) {
            return Reply.of(messages.get("ask.who.no_people"));
        }
        if (offset >= everyone.size()) {
            return Reply.of(messages.get("ask.who.everyone", "count", everyone.size()));
        }
        List<Person> page = everyone.subList(offset, Math.min(everyone.size(), offset + LISTED));
        StringBuilder html = new StringBuilder(messages.get("ask.who.list_title", "from", offset + 1,
                "to", offset + page.size(), "count", everyone.size()));
        boolean roles = false;
        for (Person person : page) {
            html.append("\n• ").append(Html.escape(person.name()));
            if (person.role() != null && !person.role().isBlank()) {
                html.append(" — ").append(Html.escape(person.role()));
                roles = true;
            }
        }
        if (roles) {
            html.append(EnglishContent.notice(messages));
        }
        List<List<Button>> rows = new ArrayList<>(buttons(page.subList(0, Math.min(6, page.size()))));
        if (offset + page.size() < everyone.size()) {
            rows.addAll(Paging.more("/who", offset + page.size(), messages));
        }
        return Reply.of(html.toString(), rows);
    }

    /** One button per person, two to a row. */
    private static List<List<Button>> buttons(List<Person> people) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Person person : people) {
            Optional<String> data = ButtonData.of("/who", person.id());
            if (data.isEmpty()) {
                continue;
            }
            row.add(new Button(person.name(), data.get()));
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
