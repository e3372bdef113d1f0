package org.talksbot.curate;

/** What an import added, changed and corrected, by item id; people/topics/places count as reference data. */
public record ImportReport(Changes events, Changes quotes, int referenceChanges) {

    /** Ids of items added, changed, and (a subset of changed) marked as corrections. */
    public record Changes(java.util.List<String> added, java.util.List<String> changed,
                          java.util.List<String> corrected) {
        public static final Changes NONE = new Changes(java.util.List.of(), java.util.List.of(), java.util.List.of());

        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty();
        }
    }

    public static final ImportReport NOTHING = new ImportReport(Changes.NONE, Changes.NONE, 0);

    public boolean changedAnything() {
        return !events.isEmpty() || !quotes.isEmpty() || referenceChanges > 0;
    }

    public String summary() {
        return "events: %d added, %d changed; quotes: %d added, %d changed; people/topics/places: %d changed"
                .formatted(events.added().size(), events.changed().size(),
                        quotes.added().size(), quotes.changed().size(), referenceChanges);
    }
}
