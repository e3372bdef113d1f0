package org.talksbot.curate;

import java.util.ArrayList;
import java.util.List;

/** Collects every error of one import run, so the curator sees them all at once rather than one per run. */
final class Problems {

    /** Beyond this many the rest are counted, not listed: the first ones usually explain the others. */
    static final int CAP = 20;

    private final List<String> lines = new ArrayList<>();

    void add(String line) {
        lines.add(line);
    }

    void field(ItemRef item, String field, String problem) {
        add(item.atField(field) + ": field '" + field + "': " + problem);
    }

    void item(ItemRef item, String problem) {
        add(item + ": " + problem);
    }

    /** Every problem found, in the order found (the exception's message caps them; a check lists all). */
    List<String> all() {
        return List.copyOf(lines);
    }

    int size() {
        return lines.size();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Throws one exception listing the errors, one per line, if there are any. */
    void throwIfAny() {
        if (lines.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(CAP, lines.size())));
        if (lines.size() > CAP) {
            shown.add("... and " + (lines.size() - CAP) + " more errors");
        }
        throw new CurationException(String.join("\n", shown));
    }
}
