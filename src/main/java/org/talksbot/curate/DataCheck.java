package org.talksbot.curate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.PlaceEntry;
import org.talksbot.curate.CuratedEntries.PlaceNameEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.store.EventDate;

/**
 * The curators' check of a curated folder, without a database: everything an import would refuse, plus
 * rules an import cannot know (db/curated/README.md, "Checking before a commit"): ids that look stable,
 * dates not in the future, quotes not dated well before the event they belong to, place names that are
 * nobody's alias, people's roles as their newest quote gives them, translated titles and names that hold
 * the English one's numbers, and topic backgrounds that name only what the topic's own events and quotes name.
 * Each problem names the file and line, the item and the field.
 */
public final class DataCheck {

    /** Remarks ahead of a meeting may be linked to it; anything earlier than this is a wrong link or date. */
    static final int DAYS_BEFORE_EVENT = 7;
    /** Words that mark a draft, not a stable id. */
    private static final Set<String> DRAFT_WORDS = Set.of("tmp", "temp", "test", "todo", "draft", "copy",
            "untitled", "xxx", "fixme", "example");

    private final Problems problems = new Problems();
    private final LocalDate today;

    private DataCheck(LocalDate today) {
        this.today = today;
    }

    /** Every problem of the folder or file at {@code path}, one line each; empty when it is fit to commit. */
    public static List<String> run(Path path, LocalDate today) {
        DataCheck check = new DataCheck(today);
        List<CuratedText> files;
        try {
            files = CuratedFiles.read(path, Path::toString);
        } catch (CurationException e) {
            return e.getMessage().lines().toList();
        }
        CuratedBatch batch = CuratedBatch.empty();
        CuratedYaml yaml = new CuratedYaml();
        files.forEach(file -> yaml.read(file, batch, check.problems));
        if (!check.problems.isEmpty()) {
            // as an import would: what could not be read would only echo as unknown ids below
            return check.problems.all();
        }
        new Validator(new KnownInStore(Map.of(), Map.of(), Map.of()), check.problems).validate(batch);
        check.rules(batch, files.stream().collect(Collectors.toMap(CuratedText::label, Function.identity())));
        return check.problems.all();
    }

    private void rules(CuratedBatch batch, Map<String, CuratedText> files) {
        batch.events().forEach(item -> item(item.ref(), item.entry().id(), item.entry().date(), ""));
        batch.quotes().forEach(item -> item(item.ref(), item.entry().id(), item.entry().date(), "q-"));
        Map<String, EventEntry> events = new HashMap<>();
        batch.events().forEach(item -> events.put(Text.clean(item.entry().id()), item.entry()));
        batch.quotes().forEach(item -> eventLink(item, events));
        placeNames(batch);
        roles(batch);
        new TranslatedNumbers(problems).check(batch);
        new BackgroundSupport(batch, problems, files).check();
    }

    /** An event id is {@code <date>-<slug>}, a quote id {@code q-<date>-<slug>}; neither a draft name nor in the future. */
    private void item(ItemRef ref, String id, String date, String prefix) {
        EventDate parsed = parse(date);
        if (parsed == null || id == null) {
            return;
        }
        String expected = prefix + Text.clean(date) + "-";
        if (!id.startsWith(expected)) {
            problems.field(ref, "id", "expected the id to start with '" + expected + "' (its date), got '" + id + "'");
        }
        for (String word : id.split("-")) {
            if (DRAFT_WORDS.contains(word)) {
                problems.field(ref, "id", "'" + word + "' in an id looks like a draft; ids are stable, choose the final one");
            }
        }
        if (parsed.date().isAfter(today)) {
            problems.field(ref, "date", parsed + " is in the future (today is " + today + ")");
        }
    }

    private void eventLink(Item<QuoteEntry> item, Map<String, EventEntry> events) {
        String eventId = Text.clean(item.entry().event());
        EventEntry event = eventId == null ? null : events.get(eventId);
        EventDate quoteDate = parse(item.entry().date());
        EventDate eventDate = event == null ? null : parse(event.date());
        if (quoteDate == null || eventDate == null) {
            return;
        }
        LocalDate latestQuoteDay = switch (quoteDate.precision()) {
            case DAY -> quoteDate.date();
            case MONTH -> quoteDate.date().withDayOfMonth(quoteDate.date().lengthOfMonth());
            case YEAR -> quoteDate.date().withDayOfYear(quoteDate.date().lengthOfYear());
        };
        if (latestQuoteDay.isBefore(eventDate.date().minusDays(DAYS_BEFORE_EVENT))) {
            problems.field(item.ref(), "event", "the quote (" + quoteDate + ") is dated more than " + DAYS_BEFORE_EVENT
                    + " days before its event " + eventId + " (" + eventDate + "): check the date or the link");
        }
    }

    /** A place name (or other name) belongs to one place and is no person's alias, so a word finds one thing. */
    private void placeNames(CuratedBatch batch) {
        Map<String, String> personAliases = new HashMap<>();
        for (Item<PersonEntry> person : batch.people()) {
            Text.cleanAll(person.entry().aliases())
                    .forEach(alias -> personAliases.put(alias.toLowerCase(Locale.ROOT), person.entry().id()));
        }
        Map<String, ItemRef> owners = new HashMap<>();
        for (Item<PlaceEntry> place : batch.places()) {
            List<String> names = new java.util.ArrayList<>();
            names.add(place.entry().name());
            for (PlaceNameEntry other : place.entry().otherNames() == null ? List.<PlaceNameEntry>of()
                    : place.entry().otherNames()) {
                names.add(other == null ? null : other.name());
            }
            for (String name : Text.cleanAll(names)) {
                String key = name.toLowerCase(Locale.ROOT);
                ItemRef other = owners.putIfAbsent(key, place.ref());
                if (other != null && !other.equals(place.ref())) {
                    problems.field(place.ref(), "other_names", "'" + name + "' is also a name of place " + other.id()
                            + " in " + other.place());
                }
                if (personAliases.containsKey(key)) {
                    problems.field(place.ref(), "other_names", "'" + name + "' is also an alias of person "
                            + personAliases.get(key));
                }
            }
        }
    }

    /** A person's role is the role of their newest quote (any of them, if several share that date), or absent. */
    private void roles(CuratedBatch batch) {
        Map<String, EventDate> newest = new HashMap<>();
        Map<String, java.util.Set<String>> newestRoles = new HashMap<>();
        for (Item<QuoteEntry> item : batch.quotes()) {
            String speaker = Text.clean(item.entry().speaker());
            EventDate date = parse(item.entry().date());
            if (speaker == null || date == null) {
                continue;
            }
            int order = newest.containsKey(speaker) ? date.compareTo(newest.get(speaker)) : 1;
            if (order > 0) {
                newest.put(speaker, date);
                newestRoles.put(speaker, new java.util.LinkedHashSet<>());
            }
            if (order >= 0) {
                newestRoles.get(speaker).add(Objects.toString(Text.clean(item.entry().role()), ""));
            }
        }
        for (Item<PersonEntry> item : batch.people()) {
            PersonEntry person = item.entry();
            String role = Text.clean(person.role());
            java.util.Set<String> roles = newestRoles.get(Text.clean(person.id()));
            if (!"person".equals(Text.clean(person.kind()))) {
                continue;
            }
            if (roles == null && role != null) {
                problems.field(item.ref(), "role", "no quote of theirs gives a role; leave it out");
            } else if (roles != null && !roles.contains(Objects.toString(role, ""))) {
                problems.field(item.ref(), "role", "expected the role of their newest quote (" + newest.get(person.id())
                        + "): '" + String.join("' or '", roles) + "', got " + (role == null ? "none" : "'" + role + "'"));
            }
        }
    }

    private static EventDate parse(String date) {
        try {
            return date == null ? null : EventDate.parse(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
