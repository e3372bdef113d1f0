package org.talksbot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.talksbot.chart.ChartSubject;
import org.talksbot.i18n.Messages;
import org.talksbot.names.NameMatch;
import org.talksbot.names.Named;
import org.talksbot.store.StoreReader;

/**
 * The one place /chart reads a name: a topic or a person, by any of their names, with close misspellings
 * offered. Only {@link #lookUp} touches the name matchers, so a new name index replaces one call here.
 */
final class ChartSubjects {

    /** The subject a name means, or else the subjects it might mean (best first). */
    record Lookup(Optional<ChartSubject> found, List<ChartSubject> suggestions) {
    }

    static final int MAX_SUGGESTIONS = 3;

    private final StoreReader store;
    private final Directory directory;

    ChartSubjects(StoreReader store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    Lookup lookUp(String name, Messages messages) {
        NameMatch topic = directory.names().find(name, EnumSet.of(Named.Kind.TOPIC));
        if (topic instanceof NameMatch.Found found) {
            return new Lookup(topic(found.named().id(), messages), List.of());
        }
        NameMatch person = directory.names().find(name, EnumSet.of(Named.Kind.PERSON));
        if (person instanceof NameMatch.Found found) {
            return new Lookup(person(found.named().id()), List.of());
        }
        List<ChartSubject> suggestions = new ArrayList<>();
        topic.candidates().forEach(n -> topic(n.id(), messages).ifPresent(suggestions::add));
        person.candidates().forEach(n -> person(n.id()).ifPresent(suggestions::add));
        return new Lookup(Optional.empty(), suggestions.stream().limit(MAX_SUGGESTIONS).toList());
    }

    /** The topic as a chart subject, named in the reader's language. */
    Optional<ChartSubject> topic(String id, Messages messages) {
        return store.topics().byId(id).map(t -> ChartSubject.topic(t.id(), Cards.topicName(t, messages)));
    }

    Optional<ChartSubject> person(String id) {
        return store.people().byId(id).map(p -> ChartSubject.person(p.id(), p.name()));
    }
}
