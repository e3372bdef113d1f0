package org.talksbot.store;

import java.time.LocalDate;

/** A verbatim quote by one speaker, with the role they held then and its source. */
public record Quote(String id, LocalDate quoteDate, Precision datePrecision, String personId, String speaker,
                    String speakerRole, String text, String context, String eventId,
                    String sourceUrl, String sourceName) {

    public EventDate date() {
        return new EventDate(quoteDate, datePrecision);
    }

    public Source source() {
        return new Source(sourceUrl, sourceName);
    }
}
