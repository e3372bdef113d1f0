package org.talksbot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.names.NameIndex;
import org.talksbot.names.NameKey;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;
import org.talksbot.store.Person;
import org.talksbot.store.Quote;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/** {@code /quotes [NAME] [TOPIC]}: verbatim quotes, newest first, by a person and/or on a topic. */
final class QuotesCommand implements Command {

    static final int PAGE = 5;
    private static final int LONGEST_NAME_WORDS = 5;
    private static final Set<Named.Kind> PEOPLE = EnumSet.of(Named.Kind.PERSON);
    private static final Set<Named.Kind> TOPICS = EnumSet.of(Named.Kind.TOPIC);

    /** What the words named: at most one person and one topic; {@code unknown} is the first word not understood. */
    private record Filter(String personId, String topicId, String unknown, boolean tooMany) {
    }

    private final StoreReader store;
    private final Directory directory;

    QuotesCommand(StoreReader store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String usage() {
        return "/quotes [NAME] [TOPIC]";
    }

    @Override
    public String description() {
        return "Verbatim quotes, by a person and/or on a topic";
    }

    @Override
    public Reply answer(Request request, String args) {
        Paging.Page page = Paging.parse(args);
        Filter filter = filter(page.args());
        if (filter.unknown() != null) {
            return Reply.of("I did not understand “" + Html.escape(Texts.echo(filter.unknown()))
                    + "”: it is neither a person nor a topic I know. Try /who or /topics, e.g. /quotes blinken lachin");
        }
        if (filter.tooMany()) {
            return Reply.of("Please name at most one person and one topic, e.g. /quotes blinken lachin");
        }
        Optional<Person> person = Optional.ofNullable(filter.personId()).flatMap(store.people()::byId);
        Optional<Topic> topic = Optional.ofNullable(filter.topicId()).flatMap(store.topics()::byId);
        List<Quote> quotes = quotes(filter, page.offset());
        String about = (person.map(p -> " by " + Html.escape(p.name())).orElse(""))
                + (topic.map(t -> " on " + Html.escape(t.name())).orElse(""));
        if (quotes.isEmpty()) {
            return Reply.of(page.offset() > 0 ? "No older quotes" + about + "."
                    : "No quotes" + about + " in the store yet. Try /quotes alone, /who or /topics.");
        }
        List<Item> shown = quotes.stream().limit(PAGE).<Item>map(Item.OfQuote::new).toList();
        String line = "/quotes" + (filter.personId() == null ? "" : " " + filter.personId())
                + (filter.topicId() == null ? "" : " " + filter.topicId());
        List<List<Button>> buttons = quotes.size() > PAGE ? Paging.more(line, page.offset() + PAGE) : List.of();
        return Reply.of("<b>Quotes" + about + "</b>" + Cards.list(shown), buttons);
    }

    private List<Quote> quotes(Filter filter, int offset) {
        if (filter.personId() != null && filter.topicId() != null) {
            return store.quotes().byPersonAndTopic(filter.personId(), filter.topicId(), PAGE + 1, offset);
        }
        if (filter.personId() != null) {
            return store.quotes().byPerson(filter.personId(), PAGE + 1, offset);
        }
        if (filter.topicId() != null) {
            return store.quotes().byTopic(filter.topicId(), PAGE + 1, offset);
        }
        return store.quotes().latest(PAGE + 1, offset);
    }

    /** The id a phrase names exactly, without guessing at misspellings; null when none or several. */
    private static String only(NameMatch match) {
        return match instanceof NameMatch.Found found ? found.named().id() : null;
    }

    /** Reads the words left to right, taking the longest run of words that names a person or a topic. */
    private Filter filter(String args) {
        List<String> words = NameKey.words(args);
        NameIndex names = directory.names();
        List<String> people = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = Math.min(words.size(), i + LONGEST_NAME_WORDS);
            boolean matched = false;
            for (; end > i && !matched; end--) {
                String phrase = String.join(" ", words.subList(i, end));
                String personId = only(names.find(phrase, PEOPLE));
                String topicId = personId == null ? only(names.find(phrase, TOPICS)) : null;
                if (personId != null || topicId != null) {
                    (personId != null ? people : topics).add(personId != null ? personId : topicId);
                    i = end;
                    matched = true;
                }
            }
            if (!matched) {
                return new Filter(null, null, words.get(i), false);
            }
        }
        boolean tooMany = people.stream().distinct().count() > 1 || topics.stream().distinct().count() > 1;
        return new Filter(people.isEmpty() ? null : people.get(0), topics.isEmpty() ? null : topics.get(0),
                null, tooMany);
    }
}
