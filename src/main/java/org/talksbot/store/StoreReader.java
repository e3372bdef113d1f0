package org.talksbot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The read side of the store: the query interfaces, plus the few reads that combine several. */
public final class StoreReader {

    /** How many words a word search matches at most; further words are ignored. */
    public static final int MAX_SEARCH_WORDS = 6;

    /**
     * How many of the newest events or quotes a topic page or person card looks through before it sorts
     * all of that topic's or person's items: a busy one fills its page within them, a quiet one costs
     * this many index steps more.
     */
    static final int RECENT_SCAN = 200;

    /**
     * Topic pages and person cards sort all of a topic's or person's items when the recent scan falls
     * short (milliseconds at 100x the curated size), so their lists are remembered until the next import.
     */
    private static final int REMEMBERED_LISTS = 512;

    /**
     * Reads of single items, counts and pages remembered until the next import: a few per person or topic
     * (a card, its first pages), so the curated store's fit. A page holds at most a dozen items of about a
     * kilobyte, so pages typed at any offset cannot hold more than a few MB of the bot's small heap; past
     * this many, reads go to the store.
     */
    private static final int REMEMBERED_READS = 1024;

    private final Jdbi jdbi;
    private final RevisionCache newest;
    private final RevisionCache reads;
    private final EventQueries events;
    private final QuoteQueries quotes;
    private final PersonQueries people;
    private final TopicQueries topics;

    public StoreReader(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.newest = new RevisionCache(jdbi, REMEMBERED_LISTS);
        this.reads = new RevisionCache(jdbi, REMEMBERED_READS);
        this.events = RememberedReads.of(EventQueries.class, jdbi.onDemand(EventQueries.class), reads);
        this.quotes = RememberedReads.of(QuoteQueries.class, jdbi.onDemand(QuoteQueries.class), reads);
        this.people = RememberedReads.of(PersonQueries.class, jdbi.onDemand(PersonQueries.class), reads);
        this.topics = RememberedReads.of(TopicQueries.class, jdbi.onDemand(TopicQueries.class), reads);
    }

    /** Forgets every remembered read, for a store changed without moving its revision (a test's direct writes). */
    public void forget() {
        newest.forget();
        reads.forget();
    }

    /** The store's revision now; it moves with every import that changed something. */
    public long revision() {
        return StoreRevision.current(jdbi);
    }

    public EventQueries events() {
        return events;
    }

    public QuoteQueries quotes() {
        return quotes;
    }

    public PersonQueries people() {
        return people;
    }

    public TopicQueries topics() {
        return topics;
    }

    /** The event with all its sources, people, topics and quotes, read on one connection. */
    public Optional<EventDetails> eventDetails(String id) {
        return jdbi.withHandle(handle -> details(handle, id));
    }

    private static Optional<EventDetails> details(Handle handle, String id) {
        EventQueries eventQueries = handle.attach(EventQueries.class);
        return eventQueries.byId(id).map(event -> new EventDetails(event,
                eventQueries.sources(id),
                handle.attach(PersonQueries.class).byEvent(id),
                handle.attach(TopicQueries.class).byEvent(id),
                handle.attach(QuoteQueries.class).byEvent(id)));
    }

    /** A topic's newest events, for its page. */
    public List<Event> newestEventsOnTopic(String topicId, int limit) {
        return newest.get("events on " + topicId + " " + limit, () -> {
            List<Event> recent = events.byTopicAmongNewest(topicId, RECENT_SCAN, limit);
            return recent.size() == limit ? recent : events.byTopic(topicId, limit, 0);
        });
    }

    /** The newest events a person took part in, for their card. */
    public List<Event> newestEventsOf(String personId, int limit) {
        return newest.get("events of " + personId + " " + limit, () -> {
            List<Event> recent = events.byPersonAmongNewest(personId, RECENT_SCAN, limit);
            return recent.size() == limit ? recent : events.byPerson(personId, limit);
        });
    }

    /** A topic's newest quotes, for its page. */
    public List<Quote> newestQuotesOnTopic(String topicId, int limit) {
        return newest.get("quotes on " + topicId + " " + limit, () -> {
            List<Quote> recent = quotes.byTopicAmongNewest(topicId, RECENT_SCAN, limit);
            return recent.size() == limit ? recent : quotes.byTopic(topicId, limit, 0);
        });
    }

    /** Events whose title (in any language) or summary contains every word, case-insensitively, newest first. */
    public List<Event> eventsWithWords(List<String> words, int limit) {
        List<String> p = likePatterns(words);
        return events.matching(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), limit);
    }

    /** Quotes whose text or context contains every word, case-insensitively, newest first. */
    public List<Quote> quotesWithWords(List<String> words, int limit) {
        List<String> p = likePatterns(words);
        return quotes.matching(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), limit);
    }

    /** One {@code %word%} pattern per word, with LIKE's own characters escaped; empty slots match all. */
    static List<String> likePatterns(List<String> words) {
        List<String> patterns = new ArrayList<>();
        for (String word : words) {
            if (patterns.size() == MAX_SEARCH_WORDS) {
                break;
            }
            String escaped = word.toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            patterns.add("%" + escaped + "%");
        }
        while (patterns.size() < MAX_SEARCH_WORDS) {
            patterns.add("%");
        }
        return patterns;
    }
}
