package org.talksbot.search;

import java.util.List;
import org.talksbot.store.EventDate;
import org.talksbot.store.Person;
import org.talksbot.store.Source;

/**
 * One searchable event or quote as the index holds it. For an event {@code title} is its title and
 * {@code text} its summary; for a quote {@code title} is empty and {@code text} the verbatim words.
 */
public record Item(Kind kind, String id, EventDate date, String title, String text, String context,
                   String place, Person speaker, String speakerRole, List<String> people, List<String> topics,
                   Source source) {

    /** What an item is. */
    public enum Kind { EVENT, QUOTE }

    public Item {
        people = List.copyOf(people);
        topics = List.copyOf(topics);
    }

    public boolean isQuote() {
        return kind == Kind.QUOTE;
    }
}
