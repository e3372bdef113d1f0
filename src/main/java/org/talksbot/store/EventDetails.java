package org.talksbot.store;

import java.util.List;

/** An event with everything shown about it: all sources in order, people, topics and quotes. */
public record EventDetails(Event event, List<Source> sources, List<Person> people, List<Topic> topics,
                           List<Quote> quotes) {
}
