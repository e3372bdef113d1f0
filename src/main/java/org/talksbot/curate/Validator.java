package org.talksbot.curate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.talksbot.curate.CuratedDocument.EventEntry;
import org.talksbot.curate.CuratedDocument.PersonEntry;
import org.talksbot.curate.CuratedDocument.PlaceEntry;
import org.talksbot.curate.CuratedDocument.PlaceNameEntry;
import org.talksbot.curate.CuratedDocument.QuoteEntry;
import org.talksbot.curate.CuratedDocument.SourceEntry;
import org.talksbot.curate.CuratedDocument.TopicEntry;
import org.talksbot.store.EventDate;

/**
 * Checks a whole import before anything is written: required fields, dates, links, references
 * (to this import or to the store), duplicate ids and aliases. Lengths follow the columns of V1.
 */
final class Validator {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

    private final KnownInStore store;
    private final Problems problems;
    private final Set<String> people = new HashSet<>();
    private final Set<String> topics = new HashSet<>();
    private final Set<String> events = new HashSet<>();

    Validator(KnownInStore store, Problems problems) {
        this.store = store;
        this.problems = problems;
    }

    void validate(CuratedBatch batch) {
        uniqueIds(batch.people(), Item::ref, people, 100);
        uniqueIds(batch.topics(), Item::ref, topics, 100);
        uniqueIds(batch.places(), Item::ref, new HashSet<>(), 100);
        uniqueIds(batch.events(), Item::ref, events, 200);
        uniqueIds(batch.quotes(), Item::ref, new HashSet<>(), 200);
        people.addAll(store.personIds());
        topics.addAll(store.topicIds());
        events.addAll(store.eventIds());

        Claims personAliases = new Claims("alias", "person", store.personAliases(), ids(batch.people()));
        for (Item<PersonEntry> item : batch.people()) {
            PersonEntry p = item.entry();
            text(item.ref(), "name", p.name(), 300, true);
            text(item.ref(), "kind", p.kind(), 20, true);
            text(item.ref(), "role", p.role(), 500, false);
            aliases(item.ref(), p.aliases(), personAliases);
        }
        Claims topicAliases = new Claims("alias", "topic", store.topicAliases(), ids(batch.topics()));
        Claims commands = new Claims("command", "topic", store.topicCommands(), ids(batch.topics()));
        for (Item<TopicEntry> item : batch.topics()) {
            TopicEntry t = item.entry();
            text(item.ref(), "name", t.name(), 300, true);
            text(item.ref(), "background", t.background(), 2000, false);
            String command = Text.clean(t.command());
            if (command != null && !COMMAND.matcher(command).matches()) {
                problems.field(item.ref(), "command", "expected 1 to 32 of a-z, 0-9 or _, got '" + command + "'");
            } else if (command != null) {
                commands.claim(item.ref(), "command", command);
            }
            aliases(item.ref(), t.aliases(), topicAliases);
        }
        batch.places().forEach(this::place);
        batch.events().forEach(this::event);
        batch.quotes().forEach(this::quote);
    }

    private void place(Item<PlaceEntry> item) {
        text(item.ref(), "name", item.entry().name(), 300, true);
        Set<String> names = new HashSet<>();
        for (PlaceNameEntry other : orEmpty(item.entry().otherNames())) {
            String name = text(item.ref(), "other_names", other == null ? null : other.name(), 300, true);
            if (name != null && !names.add(name)) {
                problems.field(item.ref(), "other_names", "name '" + name + "' is listed twice");
            }
            text(item.ref(), "other_names", other == null ? null : other.usage(), 300, false);
        }
    }

    private void event(Item<EventEntry> item) {
        EventEntry e = item.entry();
        date(item.ref(), e.date());
        text(item.ref(), "title", e.title(), 500, true);
        text(item.ref(), "summary", e.summary(), 4000, true);
        text(item.ref(), "place", e.place(), 300, false);
        references(item.ref(), "people", "person", e.people(), people);
        references(item.ref(), "topics", "topic", e.topics(), topics);
        if (e.sources() == null || e.sources().isEmpty()) {
            problems.field(item.ref(), "sources", "missing: every event needs at least one source {url, name}");
        } else {
            e.sources().forEach(source -> source(item.ref(), "sources", source));
        }
    }

    private void quote(Item<QuoteEntry> item) {
        QuoteEntry q = item.entry();
        date(item.ref(), q.date());
        String speaker = text(item.ref(), "speaker", q.speaker(), 100, true);
        if (speaker != null) {
            references(item.ref(), "speaker", "person", List.of(speaker), people);
        }
        text(item.ref(), "role", q.role(), 500, false);
        text(item.ref(), "text", q.text(), 8000, true);
        text(item.ref(), "context", q.context(), 2000, false);
        String event = text(item.ref(), "event", q.event(), 200, false);
        if (event != null) {
            references(item.ref(), "event", "event", List.of(event), events);
        }
        references(item.ref(), "topics", "topic", q.topics(), topics);
        source(item.ref(), "source", q.source());
    }

    private <T> void uniqueIds(List<Item<T>> items, java.util.function.Function<Item<T>, ItemRef> ref,
                               Set<String> into, int maxLength) {
        Map<String, ItemRef> seen = new HashMap<>();
        for (Item<T> item : items) {
            ItemRef at = ref.apply(item);
            if (at.id() == null) {
                problems.field(at, "id", "missing");
            } else if (at.id().length() > maxLength || at.id().chars().anyMatch(Character::isWhitespace)) {
                problems.field(at, "id", "expected at most " + maxLength + " characters without spaces");
            } else if (seen.containsKey(at.id())) {
                problems.field(at, "id", "duplicate id, also in " + seen.get(at.id()).file());
            } else {
                seen.put(at.id(), at);
                into.add(at.id());
            }
        }
    }

    private void aliases(ItemRef ref, List<String> aliases, Claims claims) {
        for (String alias : orEmpty(aliases)) {
            String clean = text(ref, "aliases", alias, 300, true);
            if (clean != null) {
                claims.claim(ref, "aliases", clean.toLowerCase(Locale.ROOT));
            }
        }
    }

    private void date(ItemRef ref, String date) {
        if (Text.clean(date) == null) {
            problems.field(ref, "date", "missing");
            return;
        }
        try {
            EventDate.parse(date);
        } catch (IllegalArgumentException e) {
            problems.field(ref, "date", "expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + date.strip() + "'");
        }
    }

    private void source(ItemRef ref, String field, SourceEntry source) {
        if (source == null) {
            problems.field(ref, field, "missing: a source needs a url and a name");
            return;
        }
        String url = text(ref, field, source.url(), 1000, true, "url");
        text(ref, field, source.name(), 300, true, "name");
        if (url != null && !isWebLink(url)) {
            problems.field(ref, field, "expected an http(s) url, got '" + url + "'");
        }
    }

    private void references(ItemRef ref, String field, String kind, List<String> ids, Set<String> known) {
        for (String id : orEmpty(ids)) {
            String clean = Text.clean(id);
            if (clean == null) {
                problems.field(ref, field, "empty " + kind + " id");
            } else if (!known.contains(clean)) {
                problems.field(ref, field, "unknown " + kind + " '" + clean + "'");
            }
        }
    }

    private String text(ItemRef ref, String field, String value, int maxLength, boolean required) {
        return text(ref, field, value, maxLength, required, null);
    }

    /** Checks one text value; {@code part} names a key inside the field, as in sources: url. */
    private String text(ItemRef ref, String field, String value, int maxLength, boolean required, String part) {
        String clean = Text.clean(value);
        String what = part == null ? "" : part + " ";
        if (clean == null && required) {
            problems.field(ref, field, what + "missing");
        } else if (clean != null && clean.length() > maxLength) {
            problems.field(ref, field, what + "too long: " + clean.length() + " characters, at most " + maxLength);
        }
        return clean;
    }

    static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Set<String> ids(List<? extends Item<?>> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> {
            if (item.ref().id() != null) {
                ids.add(item.ref().id());
            }
        });
        return ids;
    }

    /** Names (aliases, commands) that only one item may hold, across the import and the store. */
    private final class Claims {
        private final String what;
        private final String kind;
        private final Map<String, String> owners = new HashMap<>();
        private final Map<String, ItemRef> claimedHere = new HashMap<>();

        Claims(String what, String kind, Map<String, String> inStore, Set<String> reimported) {
            this.what = what;
            this.kind = kind;
            // an item of this import replaces its stored aliases, so only the others still hold theirs
            inStore.forEach((name, owner) -> {
                if (!reimported.contains(owner)) {
                    owners.put(name, owner);
                }
            });
        }

        void claim(ItemRef ref, String field, String name) {
            ItemRef other = claimedHere.get(name);
            String owner = owners.get(name);
            if (other != null && !other.equals(ref) && !java.util.Objects.equals(other.id(), ref.id())) {
                problems.field(ref, field, what + " '" + name + "' is also claimed by " + kind + " " + other.id()
                        + " in " + other.file());
            } else if (other == null && owner != null) {
                problems.field(ref, field, what + " '" + name + "' already belongs to " + kind + " " + owner
                        + " in the database");
            } else {
                claimedHere.put(name, ref);
            }
        }
    }
}
