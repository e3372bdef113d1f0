package org.talksbot.curate;

import java.util.ArrayList;
import java.util.List;

/** What an import added, changed and corrected, by item id; people/topics/places count as reference data. */
public record ImportReport(Changes events, Changes quotes, int referenceAdded, int referenceChanged) {

    /** A report whose reference data (people, topics, places) counts are not told apart: all count as changed. */
    public ImportReport(Changes events, Changes quotes, int referenceChanges) {
        this(events, quotes, 0, referenceChanges);
    }

    /** People, topics and places added or changed. */
    public int referenceChanges() {
        return referenceAdded + referenceChanged;
    }

    /** Ids of items added, changed, and (a subset of changed) marked as corrections. */
    public record Changes(java.util.List<String> added, java.util.List<String> changed,
                          java.util.List<String> corrected) {
        public static final Changes NONE = new Changes(java.util.List.of(), java.util.List.of(), java.util.List.of());

        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty();
        }

        /** {@code 2 added, 1 changed (1 correction)} and, on the next lines, the ids. */
        String describe(String kind) {
            if (isEmpty()) {
                return kind + ": nothing added or changed";
            }
            StringBuilder out = new StringBuilder(kind + ": " + added.size() + " added, " + changed.size() + " changed");
            if (!corrected.isEmpty()) {
                out.append(" (").append(corrected.size()).append(corrected.size() == 1 ? " correction)" : " corrections)");
            }
            if (!added.isEmpty()) {
                out.append("\n  added: ").append(ids(added));
            }
            if (!changed.isEmpty()) {
                out.append("\n  changed: ").append(ids(changed.stream()
                        .map(id -> corrected.contains(id) ? id + " (correction)" : id).toList()));
            }
            return out.toString();
        }
    }

    public static final ImportReport NOTHING = new ImportReport(Changes.NONE, Changes.NONE, 0);

    /** How many ids a description lists before it only counts the rest. */
    static final int IDS_SHOWN = 10;

    public boolean changedAnything() {
        return !events.isEmpty() || !quotes.isEmpty() || referenceChanges() > 0;
    }

    public String summary() {
        return "events: %d added, %d changed; quotes: %d added, %d changed; people/topics/places: %d added, %d changed"
                .formatted(events.added().size(), events.changed().size(),
                        quotes.added().size(), quotes.changed().size(), referenceAdded, referenceChanged);
    }

    /** A few lines for a curator: counts per kind, with the ids of added, changed and corrected items. */
    public String describe() {
        return events.describe("events") + "\n" + quotes.describe("quotes") + "\n"
                + "people/topics/places: " + referenceAdded + " added, " + referenceChanged + " changed";
    }

    private static String ids(List<String> ids) {
        if (ids.size() <= IDS_SHOWN) {
            return String.join(", ", ids);
        }
        List<String> shown = new ArrayList<>(ids.subList(0, IDS_SHOWN));
        shown.add("... and " + (ids.size() - IDS_SHOWN) + " more");
        return String.join(", ", shown);
    }
}
