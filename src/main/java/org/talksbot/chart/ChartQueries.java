package org.talksbot.chart;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The dated items a chart counts, each with its topics, and the weights that pick the marked events.
 * Only events with a quote linked can be marked, so weights are read for those alone.
 */
@RegisterConstructorMapper(ChartRow.class)
@RegisterConstructorMapper(ChartRow.Weight.class)
public interface ChartQueries {

    String EVENTS = """
            SELECT e.id, 'EVENT' AS kind, e.event_date AS date, e.date_precision, e.title, e.title_ru, e.title_hy, et.topic_id
              FROM event e LEFT JOIN event_topic et ON et.event_id = e.id
            """;
    String QUOTES = """
            SELECT q.id, 'QUOTE' AS kind, q.quote_date AS date, q.date_precision, CAST(NULL AS VARCHAR) AS title,
                   CAST(NULL AS VARCHAR) AS title_ru, CAST(NULL AS VARCHAR) AS title_hy, qt.topic_id
              FROM quote q LEFT JOIN quote_topic qt ON qt.quote_id = q.id
            """;

    @SqlQuery(EVENTS)
    List<ChartRow> events();

    @SqlQuery(EVENTS + " WHERE EXISTS (SELECT 1 FROM event_topic x WHERE x.event_id = e.id AND x.topic_id = :topicId)")
    List<ChartRow> eventsOnTopic(@Bind("topicId") String topicId);

    @SqlQuery(EVENTS + " WHERE EXISTS (SELECT 1 FROM event_person x WHERE x.event_id = e.id AND x.person_id = :personId)")
    List<ChartRow> eventsOf(@Bind("personId") String personId);

    @SqlQuery(QUOTES + " WHERE q.person_id = :personId")
    List<ChartRow> quotesBy(@Bind("personId") String personId);

    @SqlQuery("""
            SELECT q.event_id AS id, COUNT(*) AS quotes,
                   (SELECT COUNT(*) FROM event_source s WHERE s.event_id = q.event_id) AS sources
              FROM quote q WHERE q.event_id IS NOT NULL GROUP BY q.event_id
            """)
    List<ChartRow.Weight> weights();

    /** The oldest date of any event or quote (null in an empty store): a requested range is clipped to the store. */
    @SqlQuery("SELECT LEAST((SELECT MIN(event_date) FROM event), (SELECT MIN(quote_date) FROM quote))")
    LocalDate oldest();

    @SqlQuery("SELECT GREATEST((SELECT MAX(event_date) FROM event), (SELECT MAX(quote_date) FROM quote))")
    LocalDate newest();
}
