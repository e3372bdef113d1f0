package org.talksbot.store;

import java.time.LocalDate;

/**
 * How much the store holds, the span of its events, and the span of all its items, events and quotes together
 * (dates null when there are none).
 */
public record StoreCounts(int events, int quotes, int sources, int publishers, int people, int topics,
                          LocalDate firstEvent, LocalDate lastEvent, LocalDate firstItem, LocalDate lastItem) {

    public boolean isEmpty() {
        return events == 0 && quotes == 0;
    }
}
