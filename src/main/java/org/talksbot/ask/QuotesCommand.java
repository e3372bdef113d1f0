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
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
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
    public String usage(Messages messages) {
        return messages.get("ask.quotes.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.quotes.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        Paging.Page page = Paging.parse(args);
        Filter filter = filter(page.args());
        if (filter.unknown() != null) {
            return Reply.of(messages.get("ask.quotes.not_understood", "word", Html.escape(Texts.echo(filter.unknown()))));
        }
        if (filter.tooMany()) {
            return Reply.of(messages.get("ask.quotes.too_many"));
        }
        Optional<Person> person = Optional.ofNullable(filter.personId()).flatMap(store.people()::byId);
        Optional<Topic> topic = Optional.ofNullable(filter.topicId()).flatMap(store.topics()::byId);
        List<Quote> quotes = quotes(filter, page.offset());
        Object[] about = {"about", person.isPresent() ? topic.isPresent() ? "both" : "person" : topic.isPresent() ? "topic" : "none",
                "person", person.map(p -> Html.escape(p.name())).orElse(""),
                "topic", topic.map(t -> Html.escape(Cards.topicName(t, messages))).orElse("")};
        if (quotes.isEmpty()) {
            return Reply.of(page.offset() > 0 ? messages.get("ask.quotes.no_older", about)
                    : messages.get("ask.quotes.none", about));
        }
        List<Item> shown = quotes.stream().limit(PAGE).<Item>map(Item.OfQuote::new).toList();
        String line = "/quotes" + (filter.personId() == null ? "" : " " + filter.personId())
                + (filter.topicId() == null ? "" : " " + filter.topicId());
        List<List<Button>> buttons = quotes.size() > PAGE ? Paging.more(line, page.offset() + PAGE, messages) : List.of();
        return Reply.of(messages.get("ask.quotes.title", about) + Cards.list(shown, messages)
                + EnglishContent.notice(messages), buttons);
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
