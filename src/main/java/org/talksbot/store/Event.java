package org.talksbot.store;

import java.time.LocalDate;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;
import org.talksbot.i18n.Language;

/**
 * A dated event with a neutral summary and its first (primary) source. {@link #title()} is the English
 * title; {@code titleRu} and {@code titleHy} are the curators' translations, null where there is none.
 */
public record Event(String id, LocalDate eventDate, Precision datePrecision, String title, String summary,
                    String place, String sourceUrl, String sourceName,
                    @Nullable String titleRu, @Nullable String titleHy) {

    @JdbiConstructor
    public Event {
    }

    /** An event with no translated titles. */
    public Event(String id, LocalDate eventDate, Precision datePrecision, String title, String summary,
                 String place, String sourceUrl, String sourceName) {
        this(id, eventDate, datePrecision, title, summary, place, sourceUrl, sourceName, null, null);
    }

    /** The title in {@code language}, or the English one where the curators gave no translation. */
    public String title(Language language) {
        return Translations.pick(language, title, titleRu, titleHy);
    }

    public EventDate date() {
        return new EventDate(eventDate, datePrecision);
    }

    public Source source() {
        return new Source(sourceUrl, sourceName);
    }
}
