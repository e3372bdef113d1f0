package org.talksbot.store;

import java.time.LocalDate;

/** A dated event with a neutral summary and its first (primary) source. */
public record Event(String id, LocalDate eventDate, Precision datePrecision, String title, String summary,
                    String place, String sourceUrl, String sourceName) {

    public EventDate date() {
        return new EventDate(eventDate, datePrecision);
    }

    public Source source() {
        return new Source(sourceUrl, sourceName);
    }
}
