package org.talksbot.curate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of curated YAML: one record per section item, fields exactly as written (absent = null). */
final class CuratedEntries {

    /** The top-level keys a curated file may have, in load order. */
    static final List<String> SECTIONS = List.of("people", "topics", "places", "events", "quotes");

    private CuratedEntries() {
    }

    record PersonEntry(String id, String name, String kind, String role, String country, List<String> aliases) {
    }

    record TopicEntry(String id, String name, @JsonProperty("name_ru") String nameRu,
                      @JsonProperty("name_hy") String nameHy, String command, Boolean main, String background,
                      List<String> aliases) {
    }

    record PlaceEntry(String id, String name, @JsonProperty("other_names") List<PlaceNameEntry> otherNames) {
    }

    record PlaceNameEntry(String name, String usage) {
    }

    record SourceEntry(String url, String name) {
    }

    record EventEntry(String id, String date, String title, @JsonProperty("title_ru") String titleRu,
                      @JsonProperty("title_hy") String titleHy, String summary, String place,
                      List<String> people, List<String> topics, List<SourceEntry> sources, Boolean correction) {
    }

    record QuoteEntry(String id, String date, String speaker, String role, String text, String context,
                      String event, List<String> topics, SourceEntry source, Boolean correction) {
    }
}
