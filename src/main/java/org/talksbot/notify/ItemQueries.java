package org.talksbot.notify;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.talksbot.i18n.Language;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;
import org.talksbot.store.Translations;

/** Reads the few fields of an event or quote that a notification shows. */
@RegisterConstructorMapper(ItemQueries.EventItem.class)
@RegisterConstructorMapper(ItemQueries.QuoteItem.class)
public interface ItemQueries {

    record EventItem(String id, LocalDate itemDate, String datePrecision, String title, String titleRu,
                     String titleHy, String sourceUrl, String sourceName) {
        /** The title in the reader's language where curators gave one. */
        public String title(Language language) {
            return Translations.pick(language, title, titleRu, titleHy);
        }

        public EventDate date() {
            return new EventDate(itemDate, Precision.valueOf(datePrecision.toUpperCase(Locale.ROOT)));
        }
    }

    record QuoteItem(String id, LocalDate itemDate, String datePrecision, String speaker, String speakerRole,
                     String text, String sourceUrl, String sourceName) {
        public EventDate date() {
            return new EventDate(itemDate, Precision.valueOf(datePrecision.toUpperCase(Locale.ROOT)));
        }
    }

    @SqlQuery("""
            SELECT e.id, e.event_date AS item_date, e.date_precision, e.title, e.title_ru, e.title_hy,
                   s.url AS source_url, s.name AS source_name
            FROM event e LEFT JOIN event_source s ON s.event_id = e.id
              AND s.position = (SELECT MIN(position) FROM event_source WHERE event_id = e.id)
            WHERE e.id = :id""")
    Optional<EventItem> event(@Bind("id") String id);

    @SqlQuery("""
            SELECT q.id, q.quote_date AS item_date, q.date_precision, p.name AS speaker, q.speaker_role,
                   q.text, q.source_url, q.source_name
            FROM quote q JOIN person p ON p.id = q.person_id
            WHERE q.id = :id""")
    Optional<QuoteItem> quote(@Bind("id") String id);

    @SqlQuery("SELECT COUNT(*) FROM event WHERE id LIKE :prefix || '%'")
    int eventsStartingWith(@Bind("prefix") String prefix);

    @SqlQuery("SELECT COUNT(*) FROM quote WHERE id LIKE :prefix || '%'")
    int quotesStartingWith(@Bind("prefix") String prefix);
}
