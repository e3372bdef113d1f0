package org.talksbot.store;

import java.time.LocalDate;

/** How much the store holds, and the span of its events (dates null when it is empty). */
public record StoreCounts(int events, int quotes, int sources, int publishers, int people, int topics,
                          LocalDate firstEvent, LocalDate lastEvent) {

    public boolean isEmpty() {
        return events == 0 && quotes == 0;
    }
}
