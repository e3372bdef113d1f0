package org.talksbot.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Small curated YAML files for import tests, and a way to count what the store holds. */
final class Fixtures {

    static final String REFERENCE = """
            people:
              - {id: antony-blinken, name: Antony Blinken, kind: person, role: U.S. Secretary of State,
                 aliases: [blinken, antony blinken]}
              - {id: nikol-pashinyan, name: Nikol Pashinyan, kind: person, role: Prime Minister of Armenia,
                 aliases: [pashinyan]}
            topics:
              - {id: lachin-corridor, name: Lachin corridor, command: lachin, main: true,
                 background: "The road between Armenia and Karabakh.", aliases: [lachin, lachin corridor]}
              - {id: mediation-us, name: US mediation, main: false, background: "Talks hosted by the U.S.",
                 aliases: [us mediation]}
            places:
              - {id: lachin, name: Lachin, other_names: [{name: Berdzor, usage: Armenian name}, {name: Laçın}]}
            """;

    static final String EVENTS = """
            events:
              - id: 2023-03-20-blinken-pashinyan-call
                date: "2023-03-20"
                title: Blinken and Pashinyan speak by phone
                summary: >-
                  They discussed the peace talks
                  and the Lachin corridor.
                place: Phone call
                people: [antony-blinken, nikol-pashinyan]
                topics: [mediation-us, lachin-corridor]
                sources:
                  - {url: "https://asbarez.com/call", name: Asbarez}
                  - {url: "http://example.org/call", name: Example}
              - id: 2023-05-washington-round
                date: "2023-05"
                title: Talks in Washington
                summary: The ministers met in Washington.
                people: [antony-blinken]
                topics: [mediation-us]
                sources: [{url: "https://example.org/may", name: Example}]
            """;

    static final String QUOTES = """
            quotes:
              - id: q-2023-03-20-blinken-diplomacy
                date: "2023-03-20"
                speaker: antony-blinken
                role: U.S. Secretary of State
                text: "Diplomacy is the only way to peace."
                context: Tweet after the call
                event: 2023-03-20-blinken-pashinyan-call
                topics: [mediation-us]
                source: {url: "https://asbarez.com/call", name: Asbarez}
            """;

    static final List<String> TABLES = List.of("person", "person_alias", "topic", "topic_alias", "place",
            "place_name", "event", "event_source", "event_person", "event_topic", "quote", "quote_topic");

    private Fixtures() {
    }

    /** The three fixture files in their usual places under {@code dir}. */
    static Path curatedFolder(Path dir) {
        write(dir, "people.yaml", REFERENCE);
        write(dir, "events/2023.yaml", EVENTS);
        write(dir, "quotes/2023.yaml", QUOTES);
        return dir;
    }

    static Path write(Path dir, String relative, String yaml) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Integer> rowCounts(Jdbi jdbi) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbi.useHandle(h -> TABLES.forEach(table -> counts.put(table,
                h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one())));
        return counts;
    }

    static int totalRows(Jdbi jdbi) {
        return rowCounts(jdbi).values().stream().mapToInt(Integer::intValue).sum();
    }
}
