package org.talksbot.curate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The items of one curated YAML file exactly as written; each section is optional. */
record CuratedDocument(List<PersonEntry> people, List<TopicEntry> topics, List<PlaceEntry> places,
                       List<EventEntry> events, List<QuoteEntry> quotes) {

    /** The top-level keys a curated file may have, in load order. */
    static final List<String> SECTIONS = List.of("people", "topics", "places", "events", "quotes");

    CuratedDocument {
        people = orEmpty(people);
        topics = orEmpty(topics);
        places = orEmpty(places);
        events = orEmpty(events);
        quotes = orEmpty(quotes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record PersonEntry(String id, String name, String kind, String role, List<String> aliases) {
    }

    record TopicEntry(String id, String name, String command, Boolean main, String background,
                      List<String> aliases) {
    }

    record PlaceEntry(String id, String name, @JsonProperty("other_names") List<PlaceNameEntry> otherNames) {
    }

    record PlaceNameEntry(String name, String usage) {
    }

    record SourceEntry(String url, String name) {
    }

    record EventEntry(String id, String date, String title, String summary, String place,
                      List<String> people, List<String> topics, List<SourceEntry> sources, Boolean correction) {
    }

    record QuoteEntry(String id, String date, String speaker, String role, String text, String context,
                      String event, List<String> topics, SourceEntry source, Boolean correction) {
    }
}
