package org.talksbot.curate;

import java.util.Map;

/**
 * Where an item sits, for error messages: its file, its kind, its 1-based position, its id if it has one,
 * the line its entry starts on and the line of each of its fields (0 where unknown).
 */
record ItemRef(String file, String kind, int position, String id, int line, Map<String, Integer> fieldLines) {

    ItemRef(String file, String kind, int position, String id) {
        this(file, kind, position, id, 0, Map.of());
    }

    /** {@code db/curated/events/2023.yaml: line 60: event 2023-03-20-x}, or {@code ...: event #3 (no id)}. */
    @Override
    public String toString() {
        return at(line);
    }

    /** As {@link #toString()}, with the line of {@code field} when the file has it. */
    String atField(String field) {
        return at(fieldLines.getOrDefault(field, line));
    }

    /** Where to find it from another item's message: {@code events/2023.yaml, line 60}. */
    String place() {
        return line > 0 ? file + ", line " + line : file;
    }

    private String at(int lineNumber) {
        return file + (lineNumber > 0 ? ": line " + lineNumber : "") + ": " + kind + " "
                + (id == null ? "#" + position + " (no id)" : id);
    }
}
