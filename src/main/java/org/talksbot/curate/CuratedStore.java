package org.talksbot.curate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.talksbot.curate.CurationSql.OwnedName;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;
import org.talksbot.store.Source;

/** Reads and replaces curated items in the store, one item with all its links at a time. */
final class CuratedStore {

    private final CurationSql sql;

    CuratedStore(Handle handle) {
        this.sql = handle.attach(CurationSql.class);
    }

    KnownInStore known() {
        return new KnownInStore(
                sql.idKinds().stream().collect(Collectors.toMap(OwnedName::owner, OwnedName::name, (a, b) -> a)),
                owners(sql.aliases(), true), owners(sql.topicCommands(), false));
    }

    private static Map<String, String> owners(java.util.List<OwnedName> names, boolean ignoreCase) {
        return names.stream().collect(Collectors.toMap(
                n -> ignoreCase ? n.name().toLowerCase(Locale.ROOT) : n.name(), OwnedName::owner, (a, b) -> a));
    }

    Optional<StoredPerson> person(String id) {
        return sql.person(id).map(row -> new StoredPerson(row.id(), row.name(), row.kind(), row.role(), row.country(),
                new HashSet<>(sql.personAliases(id))));
    }

    void write(StoredPerson p) {
        sql.mergePerson(p.id(), p.name(), p.kind(), p.role(), p.country());
        sql.deletePersonAliases(p.id());
        p.aliases().forEach(alias -> sql.insertPersonAlias(p.id(), alias));
    }

    Optional<StoredTopic> topic(String id) {
        return sql.topic(id).map(row -> new StoredTopic(row.id(), row.name(), row.nameRu(), row.nameHy(),
                row.command(), row.main(), row.background(), new HashSet<>(sql.topicAliases(id))));
    }

    void write(StoredTopic t) {
        sql.mergeTopic(t.id(), t.name(), t.nameRu(), t.nameHy(), t.command(), t.main(), t.background());
        sql.deleteTopicAliases(t.id());
        t.aliases().forEach(alias -> sql.insertTopicAlias(t.id(), alias));
    }

    Optional<StoredPlace> place(String id) {
        return sql.placeName(id).map(name -> new StoredPlace(id, name, sql.placeOtherNames(id).stream()
                .map(row -> new StoredPlace.OtherName(row.name(), row.usage()))
                .collect(Collectors.toSet())));
    }

    void write(StoredPlace p) {
        sql.mergePlace(p.id(), p.name());
        sql.deletePlaceNames(p.id());
        p.otherNames().forEach(other -> sql.insertPlaceName(p.id(), other.name(), other.usage()));
    }

    Optional<StoredEvent> event(String id) {
        return sql.event(id).map(row -> new StoredEvent(row.id(), date(row.eventDate(), row.datePrecision()),
                row.title(), row.titleRu(), row.titleHy(), row.summary(), row.place(),
                sql.eventSources(id).stream().map(s -> new Source(s.url(), s.name())).toList(),
                new HashSet<>(sql.eventPeople(id)), new HashSet<>(sql.eventTopics(id))));
    }

    void write(StoredEvent e) {
        sql.mergeEvent(e.id(), e.date().date(), precision(e.date()), e.title(), e.titleRu(), e.titleHy(), e.summary(),
                e.place());
        sql.deleteEventSources(e.id());
        for (int i = 0; i < e.sources().size(); i++) {
            sql.insertEventSource(e.id(), i + 1, e.sources().get(i).url(), e.sources().get(i).name());
        }
        sql.deleteEventPeople(e.id());
        e.people().forEach(person -> sql.insertEventPerson(e.id(), person));
        sql.deleteEventTopics(e.id());
        e.topics().forEach(topic -> sql.insertEventTopic(e.id(), topic));
    }

    Optional<StoredQuote> quote(String id) {
        return sql.quote(id).map(row -> new StoredQuote(row.id(), date(row.quoteDate(), row.datePrecision()),
                row.personId(), row.speakerRole(), row.text(), row.context(), row.eventId(),
                new Source(row.sourceUrl(), row.sourceName()), new HashSet<>(sql.quoteTopics(id))));
    }

    void write(StoredQuote q) {
        sql.mergeQuote(q.id(), q.date().date(), precision(q.date()), q.personId(), q.speakerRole(), q.text(),
                q.context(), q.eventId(), q.source().url(), q.source().name());
        sql.deleteQuoteTopics(q.id());
        q.topics().forEach(topic -> sql.insertQuoteTopic(q.id(), topic));
    }

    void countRevision() {
        sql.incrementRevision();
    }

    // the schema keeps precision in lower case ('day', 'month', 'year')
    private static String precision(EventDate date) {
        return date.precision().name().toLowerCase(Locale.ROOT);
    }

    private static EventDate date(java.time.LocalDate date, String precision) {
        return new EventDate(date, Precision.valueOf(precision.toUpperCase(Locale.ROOT)));
    }
}
