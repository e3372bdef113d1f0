package org.talksbot.curate;

import java.util.List;

/** What an import added and changed, by item id. */
public record ImportReport(List<String> added, List<String> changed) {
    public String summary() {
        return added.size() + " added, " + changed.size() + " changed";
    }
}
