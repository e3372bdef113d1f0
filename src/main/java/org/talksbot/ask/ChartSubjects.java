package org.talksbot.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talksbot.chart.ChartSubject;
import org.talksbot.store.StoreReader;

/**
 * The one place /chart reads a name: a topic or a person, by any of their names, with close misspellings
 * offered. Only {@link #lookUp} touches the name matchers, so a new name index replaces one call here.
 */
final class ChartSubjects {

    /** The subject a name means, or else the subjects it might mean (best first). */
    record Lookup(Optional<ChartSubject> found, List<ChartSubject> suggestions) {
    }

    private final StoreReader store;
    private final Directory directory;

    ChartSubjects(StoreReader store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    Lookup lookUp(String name) {
        Names.Match topic = directory.topicNames().find(name);
        if (topic.found()) {
            return new Lookup(topic(topic.id()), List.of());
        }
        Names.Match person = directory.people().find(name);
        if (person.found()) {
            return new Lookup(person(person.id()), List.of());
        }
        List<ChartSubject> suggestions = new ArrayList<>();
        topic.suggestions().forEach(id -> topic(id).ifPresent(suggestions::add));
        person.suggestions().forEach(id -> person(id).ifPresent(suggestions::add));
        return new Lookup(Optional.empty(), suggestions.stream().limit(Names.MAX_SUGGESTIONS).toList());
    }

    Optional<ChartSubject> topic(String id) {
        return store.topics().byId(id).map(t -> ChartSubject.topic(t.id(), t.name()));
    }

    Optional<ChartSubject> person(String id) {
        return store.people().byId(id).map(p -> ChartSubject.person(p.id(), p.name()));
    }
}
