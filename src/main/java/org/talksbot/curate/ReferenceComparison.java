package org.talksbot.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.curate.CuratedEntries.SourceEntry;
import org.talksbot.store.EventDate;

/**
 * Compares the curated files with a reference export (a folder with events.tsv and quotes.tsv, the
 * format of the research set they were converted from). Every event and quote must match its reference
 * row field by field; quote texts byte for byte. The reference cites one source per event; the curated
 * event may add corroborating sources after it. A curator runs this, the bot never does.
 */
public final class ReferenceComparison {

    /**
     * The reference gives a joint statement's speakers as both offices; a curated quote has exactly one
     * speaker, so db/curated/README.md gives the joint statement its own entry.
     */
    private static final Map<String, String> JOINT_SPEAKERS = Map.of(
            "Office of the Prime Minister of Armenia; Presidential Administration of Azerbaijan",
            "armenia-azerbaijan-joint-statement");

    private final Map<String, String> personByName = new HashMap<>();
    private final Map<String, String> nameOfPerson = new HashMap<>();
    private final List<String> differences = new ArrayList<>();

    private ReferenceComparison(List<Item<PersonEntry>> people) {
        for (Item<PersonEntry> person : people) {
            PersonEntry p = person.entry();
            nameOfPerson.put(p.id(), p.name());
            personByName.put(key(p.name()), p.id());
            Text.cleanAll(p.aliases()).forEach(alias -> personByName.putIfAbsent(key(alias), p.id()));
        }
    }

    /** The differences, one line each ("event ID: field: curated '…', reference '…'"); empty when equal. */
    public static List<String> compare(Path curated, Path reference) {
        CuratedBatch batch = CuratedBatch.empty();
        Problems problems = new Problems();
        CuratedYaml yaml = new CuratedYaml();
        CuratedFiles.read(curated, Path::toString).forEach(file -> yaml.read(file, batch, problems));
        problems.throwIfAny();
        ReferenceComparison comparison = new ReferenceComparison(batch.people());
        comparison.events(byId(batch.events(), EventEntry::id), rows(reference.resolve("events.tsv")));
        comparison.quotes(byId(batch.quotes(), QuoteEntry::id), rows(reference.resolve("quotes.tsv")));
        return comparison.differences;
    }

    private void events(Map<String, EventEntry> curated, List<Map<String, String>> reference) {
        for (Map<String, String> row : reference) {
            String id = row.get("id");
            EventEntry e = curated.remove(id);
            if (e == null) {
                differences.add("event " + id + ": missing from the curated files");
                continue;
            }
            String where = "event " + id;
            date(where, e.date(), row.get("date"), row.get("date_precision"));
            same(where, "title", e.title(), row.get("title"));
            same(where, "summary", e.summary(), row.get("summary"));
            same(where, "place", e.place(), row.get("place"));
            same(where, "people", names(e.people()), people(where, row.get("actors")));
            same(where, "topics", new TreeSet<>(Text.cleanAll(e.topics())), list(row.get("topics")));
            SourceEntry first = e.sources() == null || e.sources().isEmpty() ? null : e.sources().get(0);
            same(where, "sources #1 url", first == null ? null : first.url(), row.get("source_url"));
            same(where, "sources #1 name", first == null ? null : first.name(), row.get("source_name"));
        }
        curated.keySet().forEach(id -> differences.add("event " + id + ": not in the reference"));
    }

    private void quotes(Map<String, QuoteEntry> curated, List<Map<String, String>> reference) {
        for (Map<String, String> row : reference) {
            String id = row.get("id");
            QuoteEntry q = curated.remove(id);
            if (q == null) {
                differences.add("quote " + id + ": missing from the curated files");
                continue;
            }
            String where = "quote " + id;
            date(where, q.date(), row.get("date"), null);
            String speaker = row.get("speaker");
            same(where, "speaker", names(List.of(Objects.toString(q.speaker(), ""))),
                    JOINT_SPEAKERS.containsKey(speaker) ? names(List.of(JOINT_SPEAKERS.get(speaker)))
                            : people(where, speaker));
            same(where, "role", q.role(), row.get("speaker_role"));
            if (!Objects.equals(q.text(), row.get("text"))) {
                differences.add(where + ": text: not byte-identical: curated '" + q.text() + "', reference '"
                        + row.get("text") + "'");
            }
            same(where, "context", q.context(), row.get("context"));
            same(where, "event", q.event(), row.get("event_id"));
            same(where, "topics", new TreeSet<>(Text.cleanAll(q.topics())), list(row.get("topics")));
            same(where, "source url", q.source() == null ? null : q.source().url(), row.get("source_url"));
            same(where, "source name", q.source() == null ? null : q.source().name(), row.get("source_name"));
        }
        curated.keySet().forEach(id -> differences.add("quote " + id + ": not in the reference"));
    }

    private void date(String where, String curated, String reference, String precision) {
        same(where, "date", curated, reference);
        if (precision != null && curated != null) {
            try {
                String form = EventDate.parse(curated).precision().name().toLowerCase(Locale.ROOT);
                same(where, "date precision", form, precision);
            } catch (IllegalArgumentException e) {
                differences.add(where + ": date: '" + curated + "' is not a date");
            }
        }
    }

    private void same(String where, String field, Object curated, Object reference) {
        Object a = curated instanceof String s ? Text.clean(s) : curated;
        Object b = reference instanceof String s ? Text.clean(s) : reference;
        if (!Objects.equals(a, b)) {
            differences.add(where + ": " + field + ": curated '" + a + "', reference '" + b + "'");
        }
    }

    /** Curated people ids as display names, so they compare with the reference's names. */
    private Set<String> names(List<String> ids) {
        return Text.cleanAll(ids).stream().map(id -> nameOfPerson.getOrDefault(id, "unknown id " + id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The reference's names as the curated display names of the people they stand for. */
    private Set<String> people(String where, String names) {
        Set<String> out = new TreeSet<>();
        for (String name : list(names)) {
            String id = personByName.get(key(name));
            if (id == null) {
                differences.add(where + ": '" + name + "' is no curated person's name or alias");
            } else {
                out.add(nameOfPerson.get(id));
            }
        }
        return out;
    }

    private static Set<String> list(String value) {
        return value == null || value.isBlank() ? new TreeSet<>()
                : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, T> byId(List<Item<T>> items, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(item -> out.put(Text.clean(id.apply(item.entry())), item.entry()));
        return out;
    }

    /** A tab-separated file with a header line: one map per record, keyed by column name. */
    private static List<Map<String, String>> rows(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv);
        } catch (IOException e) {
            throw new CurationException(tsv + ": cannot be read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new CurationException(tsv + ": empty, expected a header line");
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != header.length) {
                throw new CurationException(tsv + ": line " + (i + 1) + ": " + fields.length + " fields, header has "
                        + header.length);
            }
            Map<String, String> row = new HashMap<>();
            for (int f = 0; f < header.length; f++) {
                row.put(header[f], fields[f]);
            }
            rows.add(row);
        }
        return rows;
    }
}
