package org.talksbot.curate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.PlaceEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.curate.CuratedEntries.SourceEntry;
import org.talksbot.curate.CuratedEntries.TopicEntry;
import org.talksbot.store.EventDate;
import org.talksbot.store.Source;

/** Turns validated entries into the form the store holds, so that both can be compared for equality. */
final class StoredItems {

    private StoredItems() {
    }

    static StoredPerson person(PersonEntry p) {
        return new StoredPerson(Text.clean(p.id()), Text.clean(p.name()), Text.clean(p.kind()), Text.clean(p.role()),
                Text.clean(p.country()),
                set(p.aliases()));
    }

    static StoredTopic topic(TopicEntry t) {
        return new StoredTopic(Text.clean(t.id()), Text.clean(t.name()), Text.clean(t.nameRu()),
                Text.clean(t.nameHy()), Text.clean(t.command()),
                Boolean.TRUE.equals(t.main()), Text.clean(t.background()), set(t.aliases()));
    }

    static StoredPlace place(PlaceEntry p) {
        Set<StoredPlace.OtherName> names = p.otherNames() == null ? Set.of() : p.otherNames().stream()
                .map(n -> new StoredPlace.OtherName(Text.clean(n.name()), Text.clean(n.usage())))
                .collect(Collectors.toSet());
        return new StoredPlace(Text.clean(p.id()), Text.clean(p.name()), names);
    }

    static StoredEvent event(EventEntry e) {
        return new StoredEvent(Text.clean(e.id()), EventDate.parse(e.date()), Text.clean(e.title()),
                Text.clean(e.titleRu()), Text.clean(e.titleHy()), Text.clean(e.summary()), Text.clean(e.place()),
                e.sources().stream().map(StoredItems::source).toList(),
                set(e.people()), set(e.topics()));
    }

    static StoredQuote quote(QuoteEntry q) {
        return new StoredQuote(Text.clean(q.id()), EventDate.parse(q.date()), Text.clean(q.speaker()),
                Text.clean(q.role()), Text.clean(q.text()), Text.clean(q.context()), Text.clean(q.event()),
                source(q.source()), set(q.topics()));
    }

    private static Source source(SourceEntry s) {
        return new Source(Text.clean(s.url()), Text.clean(s.name()));
    }

    // repeated ids or aliases would break the link tables' keys and mean nothing more
    private static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(Text.cleanAll(values));
    }
}
