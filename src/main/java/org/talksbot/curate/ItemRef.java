package org.talksbot.curate;

/** Where an item sits, for error messages: its file, its kind, its 1-based position and its id if it has one. */
record ItemRef(String file, String kind, int position, String id) {

    /** {@code db/curated/events/2023.yaml: event 2023-03-20-x}, or {@code ...: event #3 (no id)}. */
    @Override
    public String toString() {
        return file + ": " + kind + " " + (id == null ? "#" + position + " (no id)" : id);
    }
}
