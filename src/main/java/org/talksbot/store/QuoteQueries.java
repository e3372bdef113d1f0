package org.talksbot.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads quotes with their speaker's name, newest first. */
@RegisterConstructorMapper(Quote.class)
public interface QuoteQueries {

    String COLUMNS = """
            SELECT q.id, q.quote_date, UPPER(q.date_precision) AS date_precision, q.person_id,
                   p.name AS speaker, q.speaker_role, q.text, q.context, q.event_id, q.source_url, q.source_name
            """;
    String NEWEST_FIRST = " ORDER BY q.quote_date DESC, q.id DESC ";
    /*
     * A person's quotes are read off an index in page order (V4) instead of sorting all of them: H2 picks
     * the plain person_id index unless told, and sees the order matches only when it starts with person_id.
     */
    String BY_PERSON_INDEX = " USE INDEX (quote_by_person_newest_first) ";
    String BY_PERSON_NEWEST_FIRST = " ORDER BY q.person_id, q.quote_date DESC, q.id DESC ";

    @SqlQuery(COLUMNS + " FROM quote q JOIN person p ON p.id = q.person_id "
            + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
    List<Quote> latest(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery(COLUMNS + " FROM (SELECT * FROM quote q " + BY_PERSON_INDEX + " WHERE q.person_id = :personId"
            + BY_PERSON_NEWEST_FIRST + " LIMIT :limit OFFSET :offset) q JOIN person p ON p.id = q.person_id "
            + NEWEST_FIRST)
    List<Quote> byPerson(@Bind("personId") String personId, @Bind("limit") int limit, @Bind("offset") int offset);

    /** The page is picked before the speakers are joined, so only its quotes pay for the join. */
    @SqlQuery(COLUMNS + " FROM (SELECT q.* FROM quote_topic qt JOIN quote q ON q.id = qt.quote_id"
            + " WHERE qt.topic_id = :topicId " + NEWEST_FIRST + " LIMIT :limit OFFSET :offset) q"
            + " JOIN person p ON p.id = q.person_id " + NEWEST_FIRST)
    List<Quote> byTopic(@Bind("topicId") String topicId, @Bind("limit") int limit, @Bind("offset") int offset);

    /** Like {@link EventQueries#byTopicAmongNewest}: the topic's newest among the {@code scan} newest quotes. */
    @SqlQuery(COLUMNS + " FROM (SELECT * FROM (SELECT * FROM quote q " + NEWEST_FIRST + " LIMIT :scan) q"
            + " WHERE EXISTS (SELECT 1 FROM quote_topic qt WHERE qt.quote_id = q.id AND qt.topic_id = :topicId)"
            + NEWEST_FIRST + " LIMIT :limit) q JOIN person p ON p.id = q.person_id " + NEWEST_FIRST)
    List<Quote> byTopicAmongNewest(@Bind("topicId") String topicId, @Bind("scan") int scan, @Bind("limit") int limit);

    @SqlQuery(COLUMNS + " FROM (SELECT * FROM quote q " + BY_PERSON_INDEX + " WHERE q.person_id = :personId"
            + " AND EXISTS (SELECT 1 FROM quote_topic qt WHERE qt.quote_id = q.id AND qt.topic_id = :topicId)"
            + BY_PERSON_NEWEST_FIRST + " LIMIT :limit OFFSET :offset) q JOIN person p ON p.id = q.person_id "
            + NEWEST_FIRST)
    List<Quote> byPersonAndTopic(@Bind("personId") String personId, @Bind("topicId") String topicId,
                                 @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery(COLUMNS + " FROM quote q JOIN person p ON p.id = q.person_id WHERE q.event_id = :eventId "
            + NEWEST_FIRST)
    List<Quote> byEvent(@Bind("eventId") String eventId);

    /** Like {@link EventQueries#matching}, over the quote's text and context. */
    @SqlQuery(COLUMNS + " FROM (SELECT * FROM quote q " + """
             WHERE (:w0 = '%' OR LOWER(q.text || ' ' || COALESCE(q.context, '')) LIKE :w0 ESCAPE '!')
               AND (:w1 = '%' OR LOWER(q.text || ' ' || COALESCE(q.context, '')) LIKE :w1 ESCAPE '!')
               AND (:w2 = '%' OR LOWER(q.text || ' ' || COALESCE(q.context, '')) LIKE :w2 ESCAPE '!')
               AND (:w3 = '%' OR LOWER(q.text || ' ' || COALESCE(q.context, '')) LIKE :w3 ESCAPE '!')
               AND (:w4 = '%' OR LOWER(q.text || ' ' || COALESCE(q.context, '')) LIKE :w4 ESCAPE '!')
               AND (:w5 = '%' OR LOWER(q.text || ' ' || COALESCE(q.context, '')) LIKE :w5 ESCAPE '!')
            """ + NEWEST_FIRST + " LIMIT :limit) q JOIN person p ON p.id = q.person_id " + NEWEST_FIRST)
    List<Quote> matching(@Bind("w0") String w0, @Bind("w1") String w1, @Bind("w2") String w2,
                         @Bind("w3") String w3, @Bind("w4") String w4, @Bind("w5") String w5,
                         @Bind("limit") int limit);
}
