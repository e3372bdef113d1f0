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
import java.util.stream.Stream;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.PlaceEntry;
import org.talksbot.curate.CuratedEntries.PlaceNameEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.curate.CuratedEntries.SourceEntry;
import org.talksbot.curate.CuratedEntries.TopicEntry;
import org.talksbot.core.BuiltInCommands;
import org.talksbot.store.EventDate;

/**
 * Checks a whole import before anything is written, by the rules of db/curated/README.md: required
 * fields, dates, links, references (to this import or the store), unique ids, aliases and commands.
 * Lengths follow the columns of V1, so the database never has to refuse an item.
 */
final class Validator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Set<String> KINDS = Set.of("person", "institution", "country");
    private final KnownInStore store;
    private final Problems problems;
    private final Map<String, ItemRef> ids = new HashMap<>();

    Validator(KnownInStore store, Problems problems) {
        this.store = store;
        this.problems = problems;
    }

    void validate(CuratedBatch batch) {
        Stream.of(batch.people(), batch.topics(), batch.places(), batch.events(), batch.quotes())
                .flatMap(List::stream).forEach(item -> id(item.ref()));
        Set<String> reimported = new HashSet<>(ids.keySet());
        Claims aliases = new Claims("alias", problems, store.aliases(), reimported);
        Claims commands = new Claims("command", problems, store.commands(), reimported);
        for (Item<PersonEntry> item : batch.people()) {
            PersonEntry p = item.entry();
            text(item.ref(), "name", p.name(), 300, true);
            String kind = text(item.ref(), "kind", p.kind(), 20, true);
            if (kind != null && !KINDS.contains(kind)) {
                problems.field(item.ref(), "kind", "expected person, institution or country, got '" + kind + "'");
            }
            text(item.ref(), "role", p.role(), 500, false);
            String country = text(item.ref(), "country", p.country(), 40, false);
            if (country != null && !ID.matcher(country).matches()) {
                problems.field(item.ref(), "country", "expected a lowercase slug such as armenia, united-states or "
                        + "international, got '" + country + "'");
            }
            aliases(item.ref(), p.aliases(), aliases);
        }
        batch.topics().forEach(item -> topic(item, aliases, commands));
        batch.places().forEach(this::place);
        batch.events().forEach(this::event);
        batch.quotes().forEach(this::quote);
    }

    private void id(ItemRef ref) {
        int max = ref.kind().equals("event") || ref.kind().equals("quote") ? 200 : 100;
        if (ref.id() == null) {
            problems.field(ref, "id", "missing");
        } else if (!ID.matcher(ref.id()).matches() || ref.id().length() > max) {
            problems.field(ref, "id", "expected lowercase letters, digits and single hyphens (at most " + max
                    + " characters), got '" + ref.id() + "'");
        } else if (ids.containsKey(ref.id())) {
            ItemRef first = ids.get(ref.id());
            problems.field(ref, "id", "duplicate id, also used by " + first.kind() + " #" + first.position()
                    + " in " + first.place());
        } else if (store.kinds().containsKey(ref.id()) && !store.has(ref.kind(), ref.id())) {
            problems.field(ref, "id", "already used by a " + store.kinds().get(ref.id()) + " in the database");
        } else {
            ids.put(ref.id(), ref);
        }
    }

    private void topic(Item<TopicEntry> item, Claims aliases, Claims commands) {
        TopicEntry t = item.entry();
        text(item.ref(), "name", t.name(), 300, true);
        translation(item.ref(), "name_ru", t.nameRu(), 300, Character.UnicodeScript.CYRILLIC,
                "Russian in Cyrillic letters");
        translation(item.ref(), "name_hy", t.nameHy(), 300, Character.UnicodeScript.ARMENIAN,
                "Armenian in Armenian letters");
        text(item.ref(), "background", t.background(), 2000, true);
        String command = Text.clean(t.command());
        if (t.main() == null) {
            problems.field(item.ref(), "main", "missing: true or false");
        } else if (t.main() && command == null) {
            problems.field(item.ref(), "command", "missing: a main topic needs a shortcut command");
        }
        if (command != null && !COMMAND.matcher(command).matches()) {
            problems.field(item.ref(), "command", "expected 1 to 32 of a-z, 0-9 or _, got '" + command + "'");
        } else if (command != null && BuiltInCommands.isBuiltIn(command)) {
            problems.field(item.ref(), "command", "'" + command + "' is already one of the bot's own commands");
        } else if (command != null) {
            commands.claim(item.ref(), "command", command);
        }
        aliases(item.ref(), t.aliases(), aliases);
    }

    private void place(Item<PlaceEntry> item) {
        text(item.ref(), "name", item.entry().name(), 300, true);
        Set<String> names = new HashSet<>();
        for (PlaceNameEntry other : orEmpty(item.entry().otherNames())) {
            String name = text(item.ref(), "other_names", other == null ? null : other.name(), 300, true, "name");
            if (name != null && !names.add(name)) {
                problems.field(item.ref(), "other_names", "name '" + name + "' is listed twice");
            }
            text(item.ref(), "other_names", other == null ? null : other.usage(), 300, false, "usage");
        }
    }

    private void event(Item<EventEntry> item) {
        EventEntry e = item.entry();
        date(item.ref(), e.date());
        text(item.ref(), "title", e.title(), 500, true);
        translation(item.ref(), "title_ru", e.titleRu(), 500, Character.UnicodeScript.CYRILLIC,
                "Russian in Cyrillic letters");
        translation(item.ref(), "title_hy", e.titleHy(), 500, Character.UnicodeScript.ARMENIAN,
                "Armenian in Armenian letters");
        text(item.ref(), "summary", e.summary(), 4000, true);
        text(item.ref(), "place", e.place(), 300, false);
        references(item.ref(), "people", "person", e.people());
        references(item.ref(), "topics", "topic", e.topics());
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
            references(item.ref(), "speaker", "person", List.of(speaker));
        }
        text(item.ref(), "role", q.role(), 500, true);
        text(item.ref(), "text", q.text(), 8000, true);
        text(item.ref(), "context", q.context(), 2000, false);
        String event = text(item.ref(), "event", q.event(), 200, false);
        if (event != null) {
            references(item.ref(), "event", "event", List.of(event));
        }
        references(item.ref(), "topics", "topic", q.topics());
        source(item.ref(), "source", q.source());
    }

    private void aliases(ItemRef ref, List<String> aliases, Claims claims) {
        if (aliases == null) {
            problems.field(ref, "aliases", "missing: list the names users may type");
            return;
        }
        for (String alias : aliases) {
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
            problems.field(ref, "date", e.getMessage());
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

    /** Each id must name an item of {@code kind} in this import or in the store. */
    private void references(ItemRef ref, String field, String kind, List<String> references) {
        if (references == null) {
            problems.field(ref, field, "missing: a list of " + kind + " ids");
            return;
        }
        for (String id : references) {
            String clean = Text.clean(id);
            ItemRef imported = clean == null ? null : ids.get(clean);
            boolean known = imported != null ? imported.kind().equals(kind) : clean != null && store.has(kind, clean);
            if (clean == null) {
                problems.field(ref, field, "empty " + kind + " id");
            } else if (!known) {
                problems.field(ref, field, "unknown " + kind + " '" + clean + "'");
            }
        }
    }

    /**
     * An optional translation: checked as any text, and written in its language's script, so that an English
     * text left in place or a Russian and an Armenian field swapped is caught.
     */
    private void translation(ItemRef ref, String field, String value, int maxLength, Character.UnicodeScript script,
                             String expected) {
        String clean = text(ref, field, value, maxLength, false);
        if (clean != null && clean.codePoints().noneMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == script)) {
            problems.field(ref, field, "expected " + expected + ", got '" + clean
                    + "' (leave the field out where there is no translation: the English one is shown)");
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
        } else if (clean != null) {
            clean.chars().filter(c -> c != '\n' && RawText.isControl(c)).findFirst().ifPresent(c -> problems.field(ref,
                    field, what + "contains " + RawText.describe(c) + " (written as an escape?): curated text is plain"));
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
}
